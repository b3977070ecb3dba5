"use strict";
// Starts the stand-alone tctestkit emulator (an executable jar) on a free port and stops it again.

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

/** The test credentials that the emulator's strict mode checks signatures against (not a secret). */
const TEST_CREDENTIALS = Object.freeze({
  secretId: "AKIDtctestkit00000000000000000000000",
  secretKey: "tctestkit-test-secret-key-0123456789",
});

const LISTENING = /listening on http:\/\/(127\.0\.0\.1:(\d+))\//;

/** TCTESTKIT_EMULATOR_JAR, or the jar the Maven build writes to emulator/target in this repository. */
function emulatorJar() {
  const fromEnv = process.env.TCTESTKIT_EMULATOR_JAR;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`TCTESTKIT_EMULATOR_JAR=${fromEnv} does not exist`);
    }
    return fromEnv;
  }
  const target = path.resolve(__dirname, "..", "..", "..", "emulator", "target");
  const jars = fs.existsSync(target)
    ? fs.readdirSync(target).filter((f) => /^tctestkit-emulator-.*\.jar$/.test(f) && !f.endsWith("-plain.jar"))
    : [];
  if (jars.length !== 1) {
    throw new Error(
      "set TCTESTKIT_EMULATOR_JAR to the emulator jar, or build it first: " +
        "./mvnw -q -pl emulator -am package -DskipTests (found " + JSON.stringify(jars) + " in " + target + ")",
    );
  }
  return path.join(target, jars[0]);
}

/**
 * Starts `java -jar <emulator> --port 0 <args>` and resolves once it prints where it listens.
 *
 * @returns {Promise<{endpoint: string, port: number, output: () => string, stop: () => Promise<number|null>}>}
 */
function startEmulator(args = ["--strict"], { timeoutMs = 60_000 } = {}) {
  const java = process.env.TCTESTKIT_JAVA || "java";
  const child = spawn(java, ["-jar", emulatorJar(), "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
    }
    const result = await exited;
    process.removeListener("exit", killOnExit);
    return result;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the emulator did not say where it listens within ${timeoutMs} ms; it printed:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const listening = LISTENING.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ endpoint: listening[1], port: Number(listening[2]), output: () => output, stop });
      }
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${java}: ${error.message}`));
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code}) before listening; it printed:\n${output}`));
    });
  });
}

module.exports = { startEmulator, TEST_CREDENTIALS };
