"use strict";
// A whole StreamLive workflow against the emulator's in-memory StreamLive, and the product errors for steps taken in
// the wrong order. Both signing methods, so that every action's parameters are read in both encodings.

const { describe, it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { StreamLive, mdlClient } = require("../streamlive-client");
const { startEmulator, TEST_CREDENTIALS } = require("../support/emulator");

const RESOURCE_ID = /^[0-9A-F]{20}$/;

let emulator;
before(async () => {
  emulator = await startEmulator(["--strict"]);
});
after(async () => {
  await emulator?.stop();
});

/** The code of the SDK exception the promise rejects with. */
async function codeOf(promise) {
  return promise.then(
    () => "(success)",
    (error) => error.code ?? `no code: ${error.stack}`,
  );
}

for (const [signMethod, tag] of [
  ["HmacSHA256", "v1"],
  ["TC3-HMAC-SHA256", "tc3"],
]) {
  describe(`workflow signed with ${signMethod}`, () => {
    const streamLive = () =>
      new StreamLive(mdlClient({ ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://", signMethod }));

    it("creates, starts, stops and deletes a channel with its input and security group", async () => {
      const client = streamLive();

      const group = await client.createInputSecurityGroup(`office_${tag}`, ["10.0.0.0/8"]);
      const input = await client.createRtmpPushInput(`camera_${tag}`, group);
      const channel = await client.createHlsChannel(`evening_news_${tag}`, input, "http://example.invalid/live/1");
      for (const id of [group, input, channel]) {
        assert.match(id, RESOURCE_ID);
      }
      assert.equal((await client.describeChannel(channel)).State, "IDLE");

      await client.startChannel(channel);
      const running = await client.describeChannel(channel);
      assert.equal(running.State, "RUNNING");
      assert.equal(running.Id, channel);
      assert.ok(
        (await client.listChannels()).some((c) => c.Id === channel && c.State === "RUNNING"),
        "the list shows the running channel",
      );

      await client.stopChannel(channel);
      assert.equal((await client.describeChannel(channel)).State, "IDLE");
      await client.deleteChannel(channel);
      await client.deleteInput(input);
      await client.deleteInputSecurityGroup(group);

      assert.equal(await codeOf(client.describeChannel(channel)), "InvalidParameter.NotFound");
      assert.ok(!(await client.listChannels()).some((c) => c.Id === channel), "the deleted channel is gone");
    });

    it("gets the product error for each step in the wrong order", async () => {
      const client = streamLive();
      const group = await client.createInputSecurityGroup(`studio_${tag}`, ["10.0.0.0/8"]);
      const input = await client.createRtmpPushInput(`studio_camera_${tag}`, group);
      const channel = await client.createHlsChannel(`studio_news_${tag}`, input, "http://example.invalid/live/2");

      assert.equal(await codeOf(client.deleteInputSecurityGroup(group)), "InvalidParameter.AlreadyAssociatedInput");
      assert.equal(await codeOf(client.deleteInput(input)), "InvalidParameter.AlreadyAssociatedChannel");
      assert.equal(await codeOf(client.stopChannel(channel)), "InvalidParameter.StateError");
      assert.equal(
        await codeOf(client.createHlsChannel(`second_${tag}`, input, "http://example.invalid/live/3")),
        "InvalidParameter.AlreadyAssociatedChannel",
      );
      await client.startChannel(channel);
      assert.equal(await codeOf(client.deleteChannel(channel)), "InvalidParameter.StateError");
      assert.equal(await codeOf(client.describeChannel("5F00000000000000DEAD")), "InvalidParameter.NotFound");

      assert.equal((await client.describeChannel(channel)).State, "RUNNING", "refused steps change nothing");
      await client.stopChannel(channel);
      await client.deleteChannel(channel);
      await client.deleteInput(input);
      await client.deleteInputSecurityGroup(group);
    });
  });
}

describe("state kept by the emulator", () => {
  it("is shared by both signing methods and kept per region", async () => {
    const options = { ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://" };
    const v1 = new StreamLive(mdlClient({ ...options, signMethod: "HmacSHA256" }));
    const tc3 = new StreamLive(mdlClient({ ...options, signMethod: "TC3-HMAC-SHA256" }));
    const singapore = new StreamLive(mdlClient({ ...options, region: "ap-singapore" }));

    const group = await v1.createInputSecurityGroup("shared", ["10.0.0.0/8"]);
    const input = await tc3.createRtmpPushInput("shared_camera", group);

    assert.equal(await codeOf(v1.deleteInputSecurityGroup(group)), "InvalidParameter.AlreadyAssociatedInput");
    assert.equal(await codeOf(singapore.deleteInput(input)), "InvalidParameter.NotFound");
    await tc3.deleteInput(input);
    await v1.deleteInputSecurityGroup(group);
  });
});
