import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import path from "node:path";

const CLI = path.resolve("node_modules/@microsoft/m365agentsplayground/cli.js");

export interface PlaygroundUser {
  tenantId: string;
  aadObjectId: string;
  name: string;
}

/** The playground's config: one user (who chats with the bot) and the five colleagues it insists on. */
function configYaml(user: PlaygroundUser): string {
  // Every value quoted (JSON strings are YAML strings), so "1" stays a string.
  const q = (value: string) => JSON.stringify(value);
  const person = (id: string, name: string, aad: string, indent: string) =>
    [
      `${indent}id: ${q(id)}`,
      `${indent}name: ${q(name)}`,
      `${indent}userPrincipleName: ${q(`${id}@example.com`)}`,
      `${indent}aadObjectId: ${q(aad)}`,
      `${indent}givenName: ${q(name.split(" ")[0] ?? name)}`,
      `${indent}surname: ${q(name.split(" ").slice(1).join(" ") || "-")}`,
      `${indent}email: ${q(`${id}@example.com`)}`,
    ].join("\n");
  const colleagues = [1, 2, 3, 4, 5]
    .map((i) =>
      person(`colleague-${i}`, `Colleague ${i}`, `u-colleague-${i}`, "    ").replace(/^ {4}/, "  - "),
    )
    .join("\n");
  return [
    'version: "0.1.1"',
    `tenantId: ${q(user.tenantId)}`,
    "bot:",
    '  id: "28:baton-bot"',
    "  name: Baton",
    "currentUser:",
    person("user-1", user.name, user.aadObjectId, "  "),
    "users:",
    colleagues,
    "personalChat:",
    "  id: personal-chat",
    "groupChat:",
    "  id: group-chat",
    "  name: Group Chat",
    "team:",
    "  id: team-id",
    "  name: My Team",
    "  aadGroupId: team-aad-group",
    "  channels:",
    "    - id: channel-id",
    "      name: Announcements",
    "",
  ].join("\n");
}

/**
 * Runs the Microsoft 365 Agents Playground against a bot on loopback, offline: no browser opened
 * (TEAMSAPPTESTER_BROWSER=none), no telemetry (--disable-telemetry), its config and log in a temp
 * folder. Its web client is then at `url`.
 */
export async function startAgentsPlayground(
  botUrl: string,
  user: PlaygroundUser,
): Promise<{ url: string; log(): string; stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "baton-playground-"));
  const configPath = path.join(dir, ".m365agentsplayground.yml");
  await writeFile(configPath, configYaml(user));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      CLI,
      "-e",
      `${botUrl}/api/messages`,
      "-c",
      "msteams",
      "-p",
      String(await freePort()),
      "--disable-telemetry",
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, "playground.log"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the playground did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${code}):\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}/`;
  // It prints its port before it accepts connections.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 150 || child.exitCode !== null) throw new Error(`the playground did not answer:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
