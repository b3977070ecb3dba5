package io.github.tctestkit.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Spring Boot application that manages StreamLive channels through the Tencent Cloud Java SDK. */
@SpringBootApplication
public class StreamLiveApplication {

    /**
     * Starts the application.
     *
     * @param args command-line arguments, for example {@code --tencent.cloud.region=ap-shanghai}
     */
    public static void main(String[] args) {
        SpringApplication.run(StreamLiveApplication.class, args);
    }
}
