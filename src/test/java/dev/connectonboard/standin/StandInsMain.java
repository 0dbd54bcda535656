package dev.connectonboard.standin;

import dev.connectonboard.testsupport.TerraformCli;

import dev.connectonboard.descriptor.InputLoader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code src/test/terraform/stand-in-cli-config}'s Java half: prepares the stand-ins under the directory given
 * (default {@code target/standin}), seeds the secrets of the descriptors given after the platform file
 * ({@code StandInsMain DIR PLATFORM DESCRIPTOR...}) and prints the path of their Terraform CLI configuration, nothing
 * else, on stdout.
 */
public final class StandInsMain {
    private StandInsMain() {
    }

    public static void main(String[] args) {
        Optional<TerraformCli> terraform = TerraformCli.find();
        if (terraform.isEmpty()) {
            System.err.println("stand-in-cli-config: needs terraform on PATH and a filesystem mirror holding "
                    + "hashicorp/aws " + StandIns.AWS_VERSION + " (set " + TerraformCli.MIRROR_ENV + ")");
            System.exit(3);
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "target/standin").toAbsolutePath();
        StandIns standIns = StandIns.prepare(dir, terraform.get());
        if (args.length > 2) {
            // The secrets the departments' descriptors reference exist before their first apply.
            Path platform = Path.of(args[1]);
            List<Path> descriptors = Arrays.stream(args).skip(2).map(Path::of).toList();
            Path cloud = Path.of(System.getenv().getOrDefault(StandInCloud.DIRECTORY_ENV,
                    dir.resolve("cloud").toString()));
            StandInSeeds.secrets(InputLoader.load(platform, descriptors), StandInCloud.in(cloud, "aws"));
            System.err.println("stand-in-cli-config: secrets in the AWS stand-in's cloud (" + cloud + "): "
                    + String.join(", ", StandInSeeds.secretIds(StandInCloud.in(cloud, "aws"))));
        }
        System.out.println(standIns.cliConfig());
    }
}
