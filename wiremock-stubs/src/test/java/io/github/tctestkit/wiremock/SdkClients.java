package io.github.tctestkit.wiremock;

import com.google.gson.annotations.Expose;
import com.google.gson.annotations.SerializedName;
import com.tencentcloudapi.common.AbstractClient;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.util.HashMap;

/** Real Tencent Cloud SDK clients configured the ways users configure them, pointed at the fake cloud. */
final class SdkClients {

    private SdkClients() {}

    /** How the SDK signs and sends a request. */
    enum Mode {
        TC3_POST_JSON("TC3-HMAC-SHA256", "POST", false),
        TC3_GET("TC3-HMAC-SHA256", "GET", false),
        TC3_UNSIGNED_PAYLOAD("TC3-HMAC-SHA256", "POST", true),
        V1_HMAC_SHA1_GET("HmacSHA1", "GET", false),
        V1_HMAC_SHA256_POST("HmacSHA256", "POST", false);

        final String signMethod;
        final String httpMethod;
        final boolean unsignedPayload;

        Mode(String signMethod, String httpMethod, boolean unsignedPayload) {
            this.signMethod = signMethod;
            this.httpMethod = httpMethod;
            this.unsignedPayload = unsignedPayload;
        }
    }

    static ClientProfile profile(TencentCloudApi api, Mode mode) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        http.setReqMethod(mode.httpMethod);
        http.setConnTimeout(10);
        http.setReadTimeout(30);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        profile.setSignMethod(mode.signMethod);
        profile.setUnsignedPayload(mode.unsignedPayload);
        return profile;
    }

    static Credential credential(ApiCredentials c) {
        return c.token().isPresent()
                ? new Credential(c.secretId(), c.secretKey(), c.token().get())
                : new Credential(c.secretId(), c.secretKey());
    }

    /** A client built like the generated ones (MdlClient), for any action. */
    static final class MdlClient extends AbstractClient {
        MdlClient(TencentCloudApi api, ApiCredentials credentials, Mode mode, String version, String region) {
            super(api.endpoint(), version, credential(credentials), region, profile(api, mode));
        }

        MdlClient(TencentCloudApi api, ApiCredentials credentials, Mode mode) {
            this(api, credentials, mode, "2020-03-26", "ap-guangzhou");
        }

        String describe(String action, String pageNum) throws TencentCloudSDKException {
            PageRequest request = new PageRequest();
            request.pageNum = pageNum;
            request.setSkipSign(false);
            return internalRequest(request, action);
        }
    }

    /** A request model like the generated ones. */
    static final class PageRequest extends AbstractModel {
        @SerializedName("PageNum")
        @Expose
        String pageNum;

        @Override
        protected void toMap(HashMap<String, String> map, String prefix) {
            setParamSimple(map, prefix + "PageNum", pageNum);
        }
    }
}
