// Intake over HTTP through the real CloudAdapter: latency per step (embedded Cosmos, loopback) and
// the size of every card the bot sends, for the demo taxonomy and a 500-skill one.
import { intakeStep, startIntake, type Skill } from "@baton/shared";
import { stepCard } from "../../bot/src/features/intake/intake-cards";
import { botClient } from "../../tests/support/bot-client";
import { startLocalConnector } from "../../tests/support/local-connector";
import { startTestServer } from "../../tests/support/test-server";
import { checkAdaptiveCard } from "../../tests/support/validate-card";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 30);
const PROGRAM = "it-knowledge-2026";
const answers: [string, Record<string, unknown>][] = [
  [
    "about",
    {
      role: "Network technician",
      team: "Networking",
      managerId: "u-oskar",
      level: "junior",
      timeZone: "Europe/Stockholm",
    },
  ],
  ["learn", { learn: "firewalls,bgp", goals: "Review firewall changes on my own by spring." }],
  ["offer", { offer: "customer-comms" }],
  ["levels", { learn_firewalls: "2", learn_bgp: "1", "offer_customer-comms": "4" }],
  [
    "ways",
    {
      styles: "hands-on",
      communication: "chat",
      formats: "one-to-one",
      teamPreference: "cross-team",
      availability: "0-am,2-pm",
    },
  ],
  ["capacity", { mentorCapacity: "1" }],
  ["consent", { consent: "true" }],
];

const [server, connector] = await Promise.all([startTestServer(), startLocalConnector()]);
const times = new Map<string, number[]>();
const sizes = new Map<string, number>();
try {
  for (let i = 0; i < PEOPLE; i++) {
    const bot = botClient(() => server.url, connector, {
      tenantId: "contoso-demo",
      userId: `u-bench-${i}`,
      name: `Bench Person ${i}`,
    });
    await bot.install();
    await bot.execute("intake.join", { programId: PROGRAM }, "join");
    await bot.execute(
      "intake.submit",
      { programId: PROGRAM, mode: "join", step: "about", role: "x" },
      "about (bad input)",
    );
    for (const [step, values] of answers)
      await bot.execute("intake.submit", { programId: PROGRAM, mode: "join", step, ...values }, step);
    await bot.say("profile");
    for (const t of bot.timings) times.set(t.what, [...(times.get(t.what) ?? []), t.ms]);
    if (i === 0)
      bot.cards.forEach((card, n) => {
        const check = checkAdaptiveCard(card);
        if (check.problems.length > 0) throw new Error(`card ${n}: ${check.problems.join("; ")}`);
        sizes.set(`card ${n + 1}`, check.bytes);
      });
  }
} finally {
  await Promise.all([server.dispose(), connector.close()]);
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
console.log(`intake turn latency over HTTP (CloudAdapter + embedded Cosmos), ${PEOPLE} people:`);
for (const [what, xs] of times)
  console.log(
    `  ${what.padEnd(24)} median ${pct(xs, 0.5).toFixed(1).padStart(6)} ms   p95 ${pct(xs, 0.95).toFixed(1).padStart(6)} ms`,
  );

// Card sizes: the flow's own cards, then every step with a 500-skill taxonomy and 300 people to pick from.
console.log("card sizes in the flow (demo taxonomy, 15 skills):");
console.log(
  `  ${[...sizes.values()].map((b) => `${(b / 1024).toFixed(1)} KB`).join(", ")} (max ${(Math.max(...sizes.values()) / 1024).toFixed(1)} KB)`,
);
const skills: Skill[] = Array.from({ length: 500 }, (_, i) => ({
  id: `skill-${i}`,
  name: `Skill number ${i} with a longish name`,
  group: `group ${i % 12}`,
  critical: false,
}));
const managers = Array.from({ length: 300 }, (_, i) => ({
  userId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
  displayName: `Colleague Number ${i}`,
}));
const draft = {
  learn: skills.slice(0, 20).map((s) => ({ skillId: s.id, level: 2 })),
  offer: skills.slice(20, 40).map((s) => ({ skillId: s.id, level: 3 })),
  goals: "x".repeat(2000),
};
const worst = intakeStep.options.map((step) => {
  const doc = {
    ...startIntake({ mode: "join", tenantId: "t", userId: "u", programId: "p", draft, now: new Date() }),
    step,
  };
  const card = stepCard({
    doc,
    program: { programId: "p", name: "Program", skills, formats: ["one-to-one", "group", "peer", "reverse"] },
    managers,
  });
  return `${step} ${(checkAdaptiveCard(card).bytes / 1024).toFixed(1)} KB`;
});
console.log(`card sizes at 500 skills / 300 people (limit 40 KB): ${worst.join(", ")}`);
