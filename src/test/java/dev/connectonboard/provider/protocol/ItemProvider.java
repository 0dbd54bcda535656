package dev.connectonboard.provider.protocol;

import dev.connectonboard.provider.TerraformProvider;
import dev.connectonboard.provider.schema.Block;
import dev.connectonboard.provider.spi.Config;
import dev.connectonboard.provider.spi.DataSource;
import dev.connectonboard.provider.spi.Diagnostics;
import dev.connectonboard.provider.spi.ProviderDefinition;
import dev.connectonboard.provider.spi.Resource;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A provider with one managed resource, {@code bridgetest_item}, that exercises the bridge's resource support end
 * to end: the gRPC tests call it in-process, the Terraform test runs it as Terraform's plugin ({@link #main}).
 */
public final class ItemProvider implements ProviderDefinition<ItemCloud> {
    private final Map<String, String> environment;

    ItemProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String typeName() {
        return "bridgetest";
    }

    @Override
    public Block schema() {
        return Block.of("A toy provider for the bridge's tests.");
    }

    @Override
    public ItemCloud configure(Config config, Diagnostics diagnostics) {
        String file = environment.get(ItemCloud.FILE_ENV);
        if (file == null) {
            diagnostics.error("No item cloud", "Set " + ItemCloud.FILE_ENV + " to a JSON file path.");
            return null;
        }
        return new ItemCloud(Path.of(file));
    }

    @Override
    public List<DataSource<ItemCloud>> dataSources() {
        return List.of();
    }

    @Override
    public List<Resource<ItemCloud>> resources() {
        return List.of(new ItemResource());
    }

    public static void main(String[] args) {
        PrintStream terraform = System.out;
        System.setOut(System.err);
        TerraformProvider.serve(new ItemProvider(System.getenv()), System.getenv(), line -> {
            terraform.println(line);
            terraform.flush();
        });
        System.exit(0);
    }
}
