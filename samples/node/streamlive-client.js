"use strict";
// A small StreamLive client as an application would write it, on top of the official Tencent Cloud Node.js SDK.
// The SDK is callback style; this module turns each call into a promise and returns the parts the application uses.

// docs/emulator.md shows this part of the file, from the tag on.
// tag::node-client[]
const tencentcloud = require("tencentcloud-sdk-nodejs-intl-en");

const MdlClient = tencentcloud.mdl.v20200326.Client;
const { Credential, ClientProfile, HttpProfile } = tencentcloud.common;

/**
 * The SDK's StreamLive client.
 *
 * @param {object} options
 * @param {string} options.secretId
 * @param {string} options.secretKey
 * @param {string} [options.region] e.g. "ap-guangzhou"
 * @param {string} [options.endpoint] host[:port]; the SDK's default is mdl.intl.tencentcloudapi.com
 * @param {string} [options.protocol] "https://" (the SDK's default) or "http://"
 * @param {string} [options.signMethod] "HmacSHA256" (the SDK's default, a signed form POST), "HmacSHA1" or
 *     "TC3-HMAC-SHA256" (a JSON POST with an Authorization header)
 * @param {Object<string, string>} [options.headers] extra HTTP headers sent with every request
 */
function mdlClient({ secretId, secretKey, region = "ap-guangzhou", endpoint, protocol, signMethod, headers }) {
  const http = new HttpProfile(protocol, endpoint, "POST", 10, headers);
  // A Credential, not a plain { secretId, secretKey }: with TC3 the SDK sends the header X-TC-Token unless the token is
  // null, so a plain object (token undefined) would send "X-TC-Token: undefined".
  return new MdlClient(new Credential(secretId, secretKey), region, new ClientProfile(signMethod, http));
}
// end::node-client[]

class StreamLive {
  /** @param {InstanceType<typeof MdlClient>} sdk */
  constructor(sdk) {
    this.sdk = sdk;
  }

  /** Calls one SDK method; rejects with the SDK's TencentCloudSDKHttpException (code, message, requestId). */
  call(action, request) {
    return new Promise((resolve, reject) => {
      this.sdk[action](request, (error, response) => (error ? reject(error) : resolve(response)));
    });
  }

  async createInputSecurityGroup(name, whitelist) {
    const { Id } = await this.call("CreateStreamLiveInputSecurityGroup", { Name: name, Whitelist: whitelist });
    return Id;
  }

  async createRtmpPushInput(name, securityGroupId) {
    const { Id } = await this.call("CreateStreamLiveInput", {
      Name: name,
      Type: "RTMP_PUSH",
      SecurityGroupIds: [securityGroupId],
    });
    return Id;
  }

  async createHlsChannel(name, inputId, outputUrl) {
    const { Id } = await this.call("CreateStreamLiveChannel", {
      Name: name,
      AttachedInputs: [{ Id: inputId }],
      OutputGroups: [
        {
          Name: "hls",
          Type: "HLS",
          Outputs: [{ Name: "main" }],
          Destinations: [{ OutputUrl: outputUrl }],
        },
      ],
    });
    return Id;
  }

  async startChannel(id) {
    await this.call("StartStreamLiveChannel", { Id: id });
  }

  async stopChannel(id) {
    await this.call("StopStreamLiveChannel", { Id: id });
  }

  /** The channel's StreamLiveChannelInfo: Id, Name, State ("IDLE", "RUNNING", ...), AttachedInputs, ... */
  async describeChannel(id) {
    const { Info } = await this.call("DescribeStreamLiveChannel", { Id: id });
    return Info;
  }

  async listChannels() {
    const { Infos } = await this.call("DescribeStreamLiveChannels", {});
    return Infos;
  }

  async deleteChannel(id) {
    await this.call("DeleteStreamLiveChannel", { Id: id });
  }

  async deleteInput(id) {
    await this.call("DeleteStreamLiveInput", { Id: id });
  }

  async deleteInputSecurityGroup(id) {
    await this.call("DeleteStreamLiveInputSecurityGroup", { Id: id });
  }
}

module.exports = { StreamLive, mdlClient };
