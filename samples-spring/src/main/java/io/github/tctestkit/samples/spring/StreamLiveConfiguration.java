package io.github.tctestkit.samples.spring;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SDK client for StreamLive ({@code mdl}, {@code 2020-03-26}), built from {@link TencentCloudProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TencentCloudProperties.class)
public class StreamLiveConfiguration {

    /** StreamLive's service name. */
    public static final String SERVICE = "mdl";

    /** The StreamLive API version this application speaks. */
    public static final String VERSION = "2020-03-26";

    /**
     * The SDK client, signing with TC3-HMAC-SHA256.
     *
     * @param properties where and as whom to call
     * @return the client, shared by every caller (it keeps no per-call state)
     */
    @Bean
    public CommonClient streamLiveClient(TencentCloudProperties properties) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(properties.endpoint());
        http.setProtocol(properties.protocol());
        ClientProfile profile = new ClientProfile(ClientProfile.SIGN_TC3_256, http);
        Credential key = new Credential(properties.secretId(), properties.secretKey());
        return new CommonClient(SERVICE, VERSION, key, properties.region(), profile);
    }
}
