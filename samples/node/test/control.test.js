"use strict";
// Driving the emulator from Node.js through its control API, as a test suite in any language can: configure an error
// that the SDK then gets, read what the client sent, reset, and seed StreamLive's state before the client runs.

const { describe, it, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const { StreamLive, mdlClient } = require("../streamlive-client");
const { startEmulator, TEST_CREDENTIALS } = require("../support/emulator");
const { controlApi } = require("../support/control");

let emulator;
let control;
before(async () => {
  emulator = await startEmulator(["--strict"]);
  control = controlApi(emulator.endpoint);
});
after(async () => {
  await emulator?.stop();
});
beforeEach(async () => {
  await control.post("reset");
});

const streamLive = () =>
  new StreamLive(
    mdlClient({ ...TEST_CREDENTIALS, endpoint: emulator.endpoint, protocol: "http://", signMethod: "TC3-HMAC-SHA256" }),
  );

/** The code of the SDK exception the promise rejects with. */
async function codeOf(promise) {
  return promise.then(
    () => "(success)",
    (error) => error.code ?? `no code: ${error.stack}`,
  );
}

describe("the control API", () => {
  it("says what is served", async () => {
    const health = await control.get("health");
    assert.equal(health.status, "ok");
    assert.equal(health.strict, true);
    assert.deepEqual(health.stateful, ["mdl", "vpc", "cvm", "cbs"]); // StreamLive, then the resource engine
    assert.ok(health.services.some((s) => s.name === "mdl" && s.versions.includes("2020-03-26")));
  });

  it("configures an error that the SDK gets, once", async () => {
    const configured = await control.post("answers", {
      action: "DescribeStreamLiveChannels",
      error: "InternalError",
      message: "configured from Node.js",
      times: 1,
    });
    assert.equal(configured.remaining, 1);
    const client = streamLive();

    const error = await client.listChannels().then(
      () => assert.fail("expected the configured error"),
      (e) => e,
    );
    assert.equal(error.code, "InternalError");
    assert.equal(error.message, "configured from Node.js");
    assert.deepEqual(await client.listChannels(), [], "then the in-memory StreamLive answers again");
  });

  it("shows the requests the client sent, and forgets them on reset", async () => {
    const client = streamLive();
    assert.equal(await codeOf(client.describeChannel("0000000000000000DEAD")), "InvalidParameter.NotFound");
    await client.listChannels();

    const journal = await control.get("requests?service=mdl&action=DescribeStreamLiveChannel");
    assert.equal(journal.count, 1);
    const [request] = journal.requests;
    assert.equal(request.action, "DescribeStreamLiveChannel");
    assert.equal(request.version, "2020-03-26");
    assert.equal(request.region, "ap-guangzhou");
    assert.deepEqual(request.parameters, { Id: "0000000000000000DEAD" });
    assert.match(request.headers.Authorization, /^TC3-HMAC-SHA256 Credential=AKIDtctestkit/);
    assert.equal((await control.get("requests")).count, 2);
    assert.equal((await control.get("rejections")).count, 0, "both were signed correctly");

    const reset = await control.post("reset");
    assert.equal(reset.reset, "everything");
    assert.equal((await control.get("requests")).count, 0);
  });

  it("seeds StreamLive's state that the client then reads", async () => {
    const state = await control.put("state", {
      mdl: {
        regions: {
          "ap-guangzhou": {
            inputSecurityGroups: [{ name: "office", whitelist: ["10.0.0.0/8"] }],
            inputs: [{ name: "camera_1", securityGroups: ["office"] }],
            channels: [{ name: "evening_news", inputs: ["camera_1"], state: "RUNNING" }],
          },
        },
      },
    });
    const [seeded] = state.mdl.regions["ap-guangzhou"].channels;
    assert.match(seeded.id, /^[0-9A-F]{20}$/);

    const client = streamLive();
    const channels = await client.listChannels();
    assert.deepEqual(
      channels.map((c) => [c.Id, c.Name, c.State]),
      [[seeded.id, "evening_news", "RUNNING"]],
    );
    assert.equal(await codeOf(client.deleteChannel(seeded.id)), "InvalidParameter.StateError", "it is running");
    await client.stopChannel(seeded.id);
    const after = await control.get("state");
    assert.equal(after.mdl.regions["ap-guangzhou"].channels[0].state, "IDLE");
  });

  it("names a mistake and the fix", async () => {
    const error = await control.post("answers", { action: "DescribeStreamLiveChanels", error: "InternalError" }).then(
      () => assert.fail("expected a 400"),
      (e) => e,
    );
    assert.equal(error.status, 400);
    assert.match(error.body.error, /did you mean DescribeStreamLiveChannels/);
  });

  it("keeps WireMock's own admin API off", async () => {
    const response = await fetch(`http://${emulator.endpoint}/__admin/mappings`);
    assert.equal(response.status, 403);
    assert.match(await response.text(), /--wiremock-admin/);
  });
});
