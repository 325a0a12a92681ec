package fi.respiteplanner.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fi.respiteplanner.cli.RespiteCli;

/** The planning service; {@code solve …} as the first argument runs the command line instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RespitePlannerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && RespiteCli.COMMANDS.contains(args[0])) {
            System.setProperty("logback.configurationFile", "cli-logback.xml");
            System.exit(RespiteCli.run(args, System.out, System.err));
        }
        SpringApplication.run(RespitePlannerApplication.class, args);
    }
}
