import { readerFor } from "../../cards/reader";
import {
  notFound,
  DomainError,
  fieldsOf,
  goBack,
  isJoinable,
  intakeIds,
  profileFromDraft,
  profileSection,
  startIntake,
  submitStep,
  type IntakeDocument,
  type ProfileDocument,
  type ProfileDraft,
  type ProgramDocument,
} from "@baton/shared";
import type { Repositories } from "../../data/repositories";
import type { Actor, Clock } from "../../services/actor";
import {
  markIntakeStarted,
  projectProfile,
  projectProfileSettled,
} from "../../services/enrolment-projection";
import { retryOnConflict } from "../../data/retry-on-conflict";
import { ProfileService, ruleContext } from "../../services/profile-service";
import { openPrograms, programsById, reportingLineOf } from "../../services/program-access";
import type { DirectoryLookup } from "./directory";
import { greetingCard, noticeCard, profileCard, stepCard, type ProgramFacts } from "./intake-cards";
import type { CardJson } from "../../cards/render-card";

const MAX_MANAGER_CHOICES = 300;

/**
 * Intake and profile edits in the bot. Every answer is saved in the person's partition as soon as
 * its step is valid, so a person can stop and resume anywhere; nothing with a problem is saved.
 */
export class IntakeFlow {
  private readonly profiles: ProfileService;

  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
    private readonly directory: DirectoryLookup,
  ) {
    this.profiles = new ProfileService(repos, clock);
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /** The install greeting: open programs, marked "in" or "part-way" for this person. */
  async greeting(actor: Actor): Promise<CardJson> {
    const [programs, profile, intakes] = await Promise.all([
      openPrograms(this.repos, actor.tenantId, this.today()),
      this.repos.people.getProfile(actor.tenantId, actor.userId),
      this.repos.intake.listIntakes(actor.tenantId, actor.userId),
    ]);
    return greetingCard(
      actor.displayName,
      programs.map((program) => ({
        program,
        state:
          profile && profile.status !== "left" && profile.programIds.includes(program.programId)
            ? "in"
            : intakes.some((i) => i.mode === "join" && i.programId === program.programId)
              ? "started"
              : "none",
      })),
    );
  }

  /** `join` (no program named): straight in when one program is open, else the choice. */
  async joinCommand(actor: Actor): Promise<CardJson> {
    const programs = await openPrograms(this.repos, actor.tenantId, this.today());
    if (programs.length === 1) return this.join(actor, (programs[0] as ProgramDocument).programId);
    return this.greeting(actor);
  }

  /** Starts, resumes, or welcomes back. */
  async join(actor: Actor, programId: string): Promise<CardJson> {
    const program = await this.repos.tenants.getProgram(actor.tenantId, programId);
    if (!program || !isJoinable(program) || (program.cohortEnd && program.cohortEnd < this.today()))
      return noticeCard("That program is not open", "Type join to see the programs you can join now.");
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (profile && profile.status !== "left" && profile.programIds.includes(programId)) {
      if (profile.status === "paused") {
        await this.setStatus(profile, "active");
        return this.profileCard(
          actor,
          "Welcome back: you're no longer paused. Matching and reminders are on again.",
        );
      }
      const enrolment = await this.repos.intake.getEnrolment(actor.tenantId, programId, actor.userId);
      if (enrolment?.cohortPause) {
        // They said "not this time" to the next cohort; typing join takes them back in.
        await projectProfile(this.repos, profile, this.clock.now(), { returning: true });
        return this.profileCard(actor, `Welcome back to ${program.name}: you'll be in the next matching.`);
      }
      return this.profileCard(
        actor,
        `You're already in ${program.name}. Here is your profile; change anything below.`,
      );
    }
    const existing = await this.repos.intake.getIntake(
      actor.tenantId,
      actor.userId,
      intakeIds.join(programId),
    );
    if (existing)
      return this.show(actor, existing, "Welcome back! You left off here; everything so far is saved.");

    const draft: ProfileDraft = profile ? fieldsOf(profile) : await this.prefill(actor);
    const doc = startIntake({
      mode: "join",
      tenantId: actor.tenantId,
      userId: actor.userId,
      programId,
      draft,
      now: this.clock.now(),
    });
    await markIntakeStarted(this.repos, actor, programId, this.clock.now());
    try {
      const created = await this.repos.intake.createIntake(doc);
      return this.show(actor, created);
    } catch (error) {
      if (!isConflict(error)) throw error;
      // Another device started at the same moment: continue with theirs.
      const theirs = await this.repos.intake.getIntake(actor.tenantId, actor.userId, doc.id);
      return theirs ? this.show(actor, theirs) : this.join(actor, programId);
    }
  }

  /** "Continue" on a step card. */
  async submit(actor: Actor, data: Record<string, unknown>): Promise<CardJson> {
    const doc = await this.loadFor(actor, data);
    if (!doc) return this.closed(actor, data);
    const ctx = await this.context(actor, doc);
    const outcome = submitStep(doc, String(data.step ?? ""), data, ctx.step, this.clock.now());
    switch (outcome.kind) {
      case "stale":
        return this.show(
          actor,
          doc,
          "You moved on since this card (perhaps on another device). Here is where you are now.",
        );
      case "invalid":
        return stepCard({
          doc,
          program: ctx.program,
          managers: ctx.managers,
          errors: outcome.errors,
          values: outcome.values,
        });
      case "next":
        return this.persistAndShow(actor, doc, outcome.doc);
      case "finished":
        return doc.mode === "join"
          ? this.finishJoin(actor, doc, outcome.doc)
          : this.finishEdit(actor, doc, outcome.doc);
    }
  }

  async back(actor: Actor, data: Record<string, unknown>): Promise<CardJson> {
    const doc = await this.loadFor(actor, data);
    if (!doc) return this.closed(actor, data);
    const moved = goBack(doc, String(data.step ?? ""), this.clock.now());
    return moved === doc ? this.show(actor, doc) : this.persistAndShow(actor, doc, moved);
  }

  /** `profile`: the profile card, or where intake stands, or how to join. */
  async profileCommand(actor: Actor): Promise<CardJson> {
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (profile) return this.profileCard(actor);
    const [inProgress] = (await this.repos.intake.listIntakes(actor.tenantId, actor.userId)).filter(
      (i) => i.mode === "join",
    );
    if (inProgress)
      return this.show(actor, inProgress, "You're part-way through joining. You left off here.");
    return this.greeting(actor);
  }

  async profileCard(
    actor: Actor,
    notice?: string,
    noticeTone: "info" | "problem" = "info",
  ): Promise<CardJson> {
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!profile) return this.greeting(actor);
    const [programs, manager, reader] = await Promise.all([
      programsById(this.repos, actor.tenantId, profile.programIds),
      profile.managerId ? this.repos.people.getProfile(actor.tenantId, profile.managerId) : undefined,
      readerFor(this.repos, actor.tenantId, actor.userId),
    ]);
    return profileCard(
      profile,
      programs.flatMap((p) => p.skills),
      {
        ...(manager ? { managerName: manager.displayName } : {}),
        ...(notice ? { notice, noticeTone } : {}),
        today: this.today(),
        locale: reader.locale,
      },
    );
  }

  /** "Edit about me / skills / how I work": the section's steps, saved with the profile's ETag. */
  async edit(actor: Actor, sectionValue: unknown): Promise<CardJson> {
    const section = profileSection.safeParse(sectionValue);
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!profile || !section.success) return this.profileCommand(actor);
    const doc = startIntake({
      mode: "edit",
      tenantId: actor.tenantId,
      userId: actor.userId,
      programId: profile.programIds[0] ?? "none",
      section: section.data,
      draft: fieldsOf(profile),
      profileEtag: profile._etag ?? "",
      now: this.clock.now(),
    });
    // One edit at a time: a new edit replaces an unfinished one.
    const saved = await this.repos.store.upsert(doc);
    return this.show(actor, saved);
  }

  async cancelEdit(actor: Actor): Promise<CardJson> {
    await this.repos.intake.deleteIntake(actor.tenantId, actor.userId, intakeIds.edit());
    return this.profileCard(actor, "Nothing changed.");
  }

  // --- internals ---

  private async finishJoin(actor: Actor, before: IntakeDocument, doc: IntakeDocument): Promise<CardJson> {
    const now = this.clock.now();
    const existing = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    const ctx = await this.context(actor, doc);
    const draft = doc.draft as ProfileDraft;
    const reportingLine = await this.lineFor(actor, draft);
    const built = profileFromDraft(
      { ...draft, reportingLine },
      {
        tenantId: actor.tenantId,
        userId: actor.userId,
        displayName: actor.displayName,
        programId: doc.programId,
        existing,
        consentAt: now.toISOString(),
        now,
      },
    );
    if (!built.ok)
      return stepCard({
        doc: before,
        program: ctx.program,
        managers: ctx.managers,
        errors: built.errors,
        notice: "Some answers need another look; use Back to fix them.",
      });
    try {
      const saved = existing
        ? await this.repos.people.replaceProfile(built.profile, existing._etag ?? "")
        : await this.repos.people.createProfile(built.profile);
      await projectProfileSettled(this.repos, saved, now);
    } catch (error) {
      if (!isConflict(error)) throw error;
      return this.show(
        actor,
        before,
        "Your profile changed somewhere else just now. Please confirm once more.",
      );
    }
    await this.repos.intake.deleteIntake(actor.tenantId, actor.userId, doc.id);
    return noticeCard(
      `You're in, ${actor.displayName.split(" ")[0]}!`,
      `Thanks for joining ${ctx.program.name}. We'll suggest a match once the program owners review them, and let you know here. Type profile to see or change your answers, pause to take a break, or leave to stop.`,
      { buttons: [{ verb: "intake.profile", title: "See my profile" }] },
    );
  }

  private async finishEdit(actor: Actor, before: IntakeDocument, doc: IntakeDocument): Promise<CardJson> {
    const current = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (!current) return this.greeting(actor);
    const ctx = await this.context(actor, doc);
    const { reportingLine: _line, ...fields } = doc.draft as ProfileDraft;
    const parsed = profileFromDraft(fields, {
      tenantId: actor.tenantId,
      userId: actor.userId,
      displayName: current.displayName,
      programId: doc.programId,
      existing: current,
      now: this.clock.now(),
    });
    if (!parsed.ok)
      return stepCard({ doc: before, program: ctx.program, managers: ctx.managers, errors: parsed.errors });
    try {
      await this.profiles.save(actor, current, fieldsOf(parsed.profile), doc.profileEtag ?? "");
    } catch (error) {
      if (!isConflict(error)) throw error;
      await this.repos.intake.deleteIntake(actor.tenantId, actor.userId, doc.id);
      return this.profileCard(
        actor,
        "Your profile was changed elsewhere (in the tab?) while you were editing here, so nothing was saved. This is your profile now; edit again to change it.",
        "problem",
      );
    }
    await this.repos.intake.deleteIntake(actor.tenantId, actor.userId, doc.id);
    return this.profileCard(actor, "Saved.");
  }

  private async persistAndShow(
    actor: Actor,
    before: IntakeDocument,
    next: IntakeDocument,
  ): Promise<CardJson> {
    try {
      const saved = await this.repos.intake.replaceIntake(next, before._etag ?? "");
      return this.show(actor, saved);
    } catch (error) {
      if (!isConflict(error)) throw error;
      const current = await this.repos.intake.getIntake(actor.tenantId, actor.userId, before.id);
      if (!current) return this.closed(actor, { mode: before.mode, programId: before.programId });
      return this.show(
        actor,
        current,
        "You answered this on another device at the same time. Here is where you are now.",
      );
    }
  }

  private async show(actor: Actor, doc: IntakeDocument, notice?: string): Promise<CardJson> {
    const ctx = await this.context(actor, doc);
    return stepCard({ doc, program: ctx.program, managers: ctx.managers, ...(notice ? { notice } : {}) });
  }

  private async loadFor(actor: Actor, data: Record<string, unknown>): Promise<IntakeDocument | undefined> {
    const id = data.mode === "edit" ? intakeIds.edit() : intakeIds.join(String(data.programId ?? ""));
    if (data.mode !== "edit" && !/^[A-Za-z0-9_-]{1,64}$/.test(String(data.programId ?? ""))) return undefined;
    return this.repos.intake.getIntake(actor.tenantId, actor.userId, id);
  }

  private async closed(actor: Actor, data: Record<string, unknown>): Promise<CardJson> {
    const profile = await this.repos.people.getProfile(actor.tenantId, actor.userId);
    if (data.mode === "edit" || (profile && profile.programIds.includes(String(data.programId))))
      return this.profileCard(actor, "That card is finished. Here is your profile as it is now.");
    return noticeCard(
      "That card is finished",
      "Type join to start again; anything you already told me is kept.",
    );
  }

  /** The program(s) whose taxonomy the step shows, and who can be picked as manager. */
  private async context(actor: Actor, doc: IntakeDocument) {
    const profile =
      doc.mode === "edit" ? await this.repos.people.getProfile(actor.tenantId, actor.userId) : undefined;
    const ids = doc.mode === "edit" && profile ? profile.programIds : [doc.programId];
    const programs = await programsById(this.repos, actor.tenantId, ids);
    const first = programs[0];
    const program: ProgramFacts = {
      programId: doc.programId,
      name:
        programs.length === 1 && first ? first.name : programs.length === 0 ? "Mentoring" : "Your programs",
      skills: programs
        .flatMap((p) => p.skills)
        .filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i),
      formats: [...new Set(programs.flatMap((p) => p.formats))],
    };
    const enrolled = (
      await Promise.all(programs.map((p) => this.repos.intake.listEnrolments(actor.tenantId, p.programId)))
    )
      .flat()
      .filter((e) => e.userId !== actor.userId && e.status !== "left" && e.displayName)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const managers = [
      ...new Map(enrolled.map((e) => [e.userId, { userId: e.userId, displayName: e.displayName }])).values(),
    ].slice(0, MAX_MANAGER_CHOICES);
    const currentManager = (doc.draft as ProfileDraft).managerId;
    if (currentManager && !managers.some((m) => m.userId === currentManager)) {
      const known = await this.repos.people.getProfile(actor.tenantId, currentManager);
      managers.unshift({
        userId: currentManager,
        displayName: known?.displayName ?? "Your manager (from the directory)",
      });
    }
    return {
      program,
      managers,
      step: { ...ruleContext(actor, programs), managerIds: new Set(managers.map((m) => m.userId)) },
    };
  }

  private async prefill(actor: Actor): Promise<ProfileDraft> {
    try {
      const facts = await this.directory.lookup(actor);
      if (!facts) return {};
      return {
        ...(facts.role ? { role: facts.role } : {}),
        ...(facts.team ? { team: facts.team } : {}),
        ...(facts.managerId ? { managerId: facts.managerId } : {}),
        ...(facts.reportingLine ? { reportingLine: facts.reportingLine } : {}),
      };
    } catch {
      return {}; // The directory is a convenience; intake never depends on it.
    }
  }

  private async lineFor(actor: Actor, draft: ProfileDraft): Promise<string[]> {
    if (!draft.managerId) return [];
    if (draft.reportingLine && draft.reportingLine[0] === draft.managerId) return draft.reportingLine;
    return reportingLineOf(this.repos, actor.tenantId, actor.userId, draft.managerId);
  }

  /** "join" while paused: an ETag-less command, so a concurrent change is re-read and retried. */
  private async setStatus(profile: ProfileDocument, status: "active"): Promise<void> {
    const saved = await retryOnConflict(async (attempt) => {
      const current =
        attempt === 0 ? profile : await this.repos.people.getProfile(profile.tenantId, profile.userId);
      if (!current) throw notFound("Your mentoring profile");
      const { _etag, pausedUntil: _p, ...body } = current;
      return this.repos.people.replaceProfile(
        { ...body, status, updatedAt: this.clock.now().toISOString() },
        _etag ?? "",
      );
    });
    await projectProfileSettled(this.repos, saved, this.clock.now());
  }
}

const isConflict = (error: unknown) => error instanceof DomainError && error.code === "conflict";
