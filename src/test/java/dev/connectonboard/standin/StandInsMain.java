package dev.connectonboard.standin;

import dev.connectonboard.testsupport.TerraformCli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code src/test/terraform/stand-in-cli-config}'s Java half: prepares the stand-ins under the directory given
 * (default {@code target/standin}) and prints the path of their Terraform CLI configuration, nothing else, on stdout.
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
        StandIns standIns = StandIns.prepare(Path.of(args.length > 0 ? args[0] : "target/standin"), terraform.get());
        System.out.println(standIns.cliConfig());
    }
}
