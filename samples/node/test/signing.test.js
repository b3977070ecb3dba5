"use strict";
// The official Node.js SDK against the emulator's strict gateway, in both of its signing methods.

const { describe, it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const TencentCloudSDKHttpException = require("tencentcloud-sdk-nodejs-intl-en/tencentcloud/common/exception/tencent_cloud_sdk_exception");
const { StreamLive, mdlClient } = require("../streamlive-client");
const { startEmulator, TEST_CREDENTIALS } = require("../support/emulator");

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RESOURCE_ID = /^[0-9A-F]{20}$/;

let emulator;
before(async () => {
  emulator = await startEmulator(["--strict"]);
});
after(async () => {
  await emulator?.stop();
});

/** Asserts that the promise rejects with the SDK's exception for an error envelope, and returns it. */
async function sdkError(promise) {
  const error = await promise.then(
    (response) => assert.fail(`expected an error, got ${JSON.stringify(response)}`),
    (e) => e,
  );
  assert.ok(error instanceof TencentCloudSDKHttpException, `not the SDK's exception: ${error?.stack ?? error}`);
  assert.match(error.requestId, REQUEST_ID);
  assert.equal(error.httpCode, undefined, "an error envelope comes with HTTP 200");
  return error;
}

for (const [signMethod, tag] of [
  ["HmacSHA256", "v1"],
  ["TC3-HMAC-SHA256", "tc3"],
]) {
  describe(`signed with ${signMethod}`, () => {
    const streamLive = (overrides = {}) =>
      new StreamLive(
        mdlClient({ ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://", signMethod, ...overrides }),
      );

    it("lists channels in the documented shape", async () => {
      const response = await streamLive().call("DescribeStreamLiveChannels", {});

      assert.ok(Array.isArray(response.Infos), JSON.stringify(response));
      assert.match(response.RequestId, REQUEST_ID);
    });

    it("creates an input security group and reads back its id", async () => {
      const id = await streamLive().createInputSecurityGroup(`office_${tag}`, ["10.0.0.0/8"]);

      assert.match(id, RESOURCE_ID);
    });

    it("sends nested parameters the way the gateway reads them", async () => {
      const client = streamLive();
      const group = await client.createInputSecurityGroup(`nested_${tag}`, ["10.0.0.0/8", "192.168.1.1"]);
      const input = await client.createRtmpPushInput(`nested_input_${tag}`, group);

      const channel = await client.createHlsChannel(`nested_channel_${tag}`, input, "http://example.invalid/live/n");
      const info = await client.describeChannel(channel);

      assert.equal(info.Name, `nested_channel_${tag}`);
      assert.deepEqual(
        info.AttachedInputs.map((a) => a.Id),
        [input],
      );
      assert.equal(info.State, "IDLE");
    });

    it("gets AuthFailure.SignatureFailure with a wrong secret key", async () => {
      const error = await sdkError(streamLive({ secretKey: "not-the-key" }).listChannels());

      assert.equal(error.code, "AuthFailure.SignatureFailure");
      assert.match(error.message, /signature does not match/);
    });

    it("gets AuthFailure.SecretIdNotFound with an unknown secret id", async () => {
      const error = await sdkError(streamLive({ secretId: "AKIDunknown0000000000000000000000000" }).listChannels());

      assert.equal(error.code, "AuthFailure.SecretIdNotFound");
    });

    it("gets the error chosen with the X-TcTestKit-Error header", async () => {
      const client = streamLive({ headers: { "X-TcTestKit-Error": "ResourceUnavailable" } });

      const error = await sdkError(client.listChannels());

      assert.equal(error.code, "ResourceUnavailable");
      assert.equal(error.message, "The resource exists but cannot be used now.");
    });

    it("gets a product error chosen with the header for a product action", async () => {
      const client = streamLive({ headers: { "X-TcTestKit-Error": "InvalidParameter.StateError" } });

      const error = await sdkError(client.startChannel("5F00000000000000BEEF"));

      assert.equal(error.code, "InvalidParameter.StateError");
    });

    it("gets UnknownParameter with the gateway's exact message for a misspelt parameter", async () => {
      const error = await sdkError(streamLive().call("DescribeStreamLiveChannel", { Idd: "5F00000000000000BEEF" }));

      assert.equal(error.code, "UnknownParameter");
      assert.equal(error.message, "The parameter `Idd` is not recognized.");
    });

    it("gets MissingParameter when a required parameter is left out", async () => {
      const error = await sdkError(streamLive().call("DescribeStreamLiveChannel", {}));

      assert.equal(error.code, "MissingParameter");
    });
  });
}

describe("the SDK's own behaviour, as the emulator sees it", () => {
  it("accepts HmacSHA1, the SDK's other v1 method", async () => {
    const client = new StreamLive(
      mdlClient({ ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://", signMethod: "HmacSHA1" }),
    );

    assert.ok(Array.isArray(await client.listChannels()));
  });

  it("takes a plain-object profile only when it names signMethod and reqMethod", async () => {
    const { Client: MdlClient } = require("tencentcloud-sdk-nodejs-intl-en").mdl.v20200326;
    const client = new StreamLive(
      new MdlClient(TEST_CREDENTIALS, "ap-guangzhou", {
        signMethod: "HmacSHA256",
        httpProfile: { endpoint: emulator.endpoint, protocol: "http://", reqMethod: "POST" },
      }),
    );
    const incomplete = new StreamLive(
      new MdlClient(TEST_CREDENTIALS, "ap-guangzhou", {
        httpProfile: { endpoint: emulator.endpoint, protocol: "http://" },
      }),
    );

    assert.ok(Array.isArray(await client.listChannels()));
    await assert.rejects(incomplete.listChannels(), TypeError);
  });

  it("connects with the profile the emulator prints for Node.js, as printed", async () => {
    const { Client: MdlClient } = require("tencentcloud-sdk-nodejs-intl-en").mdl.v20200326;
    const hint = /Node\.js: new MdlClient\(credential, "ap-guangzhou", (\{.*\})\)$/m.exec(emulator.output());
    assert.ok(hint, `no Node.js line in:\n${emulator.output()}`);
    const profile = new Function(`return (${hint[1]});`)();

    const client = new StreamLive(new MdlClient(TEST_CREDENTIALS, "ap-guangzhou", profile));

    assert.ok(Array.isArray(await client.listChannels()));
  });

  it("prints one line per refused request", async () => {
    await sdkError(
      new StreamLive(
        mdlClient({ ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://" }),
      ).call("DescribeStreamLiveChannel", { Idd: "x" }),
    );

    assert.match(emulator.output(), /refused UnknownParameter DescribeStreamLiveChannel: The parameter `Idd` is not recognized\./);
  });
});
