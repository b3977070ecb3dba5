package io.github.tctestkit.samples.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and as whom the application calls Tencent Cloud: {@code tencent.cloud.*}.
 *
 * <pre>{@code
 * tencent.cloud.region=ap-guangzhou
 * tencent.cloud.secret-id=${TENCENTCLOUD_SECRET_ID}
 * tencent.cloud.secret-key=${TENCENTCLOUD_SECRET_KEY}
 * }</pre>
 *
 * @param endpoint the service's host, {@code mdl.tencentcloudapi.com} unless a test points it elsewhere
 * @param region the region of the channels, for example {@code ap-guangzhou}
 * @param secretId the API key's SecretId
 * @param secretKey the API key's SecretKey
 * @param protocol {@code https://}, or {@code http://} for a fake cloud on the loopback address
 */
@ConfigurationProperties("tencent.cloud")
public record TencentCloudProperties(
        @DefaultValue("mdl.tencentcloudapi.com") String endpoint,
        @DefaultValue("ap-guangzhou") String region,
        String secretId,
        String secretKey,
        @DefaultValue("https://") String protocol) {}
