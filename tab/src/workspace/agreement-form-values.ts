import type { AgreementTerms, Cadence } from "@baton/shared";

/** The agreement form works on strings; these convert to and from the terms the API takes. */
export interface AgreementFormValues {
  goals: string;
  meetingFrequency: Cadence;
  meetingLengthMinutes: string;
  channels: string;
  responseTime: string;
  confidentiality: string;
  boundaries: string;
  startDate: string;
  endDate: string;
}

export type AgreementField = keyof AgreementFormValues;
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export const agreementFields: readonly AgreementField[] = [
  "goals",
  "meetingFrequency",
  "meetingLengthMinutes",
  "channels",
  "responseTime",
  "confidentiality",
  "boundaries",
  "startDate",
  "endDate",
];

export function toFormValues(terms: AgreementTerms): AgreementFormValues {
  return {
    goals: terms.goals,
    meetingFrequency: terms.meetingFrequency,
    meetingLengthMinutes: String(terms.meetingLengthMinutes),
    channels: terms.channels.join(", "),
    responseTime: terms.responseTime,
    confidentiality: terms.confidentiality,
    boundaries: terms.boundaries,
    startDate: terms.startDate,
    endDate: terms.endDate,
  };
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

const tooLong = (value: string, max: number) =>
  value.length > max ? `Keep this under ${max} characters.` : undefined;

/** Checks what we can before sending; the server checks again and names the field if it disagrees. */
export function fromFormValues(values: AgreementFormValues): {
  terms?: AgreementTerms;
  errors: FieldErrors<AgreementField>;
} {
  const errors: FieldErrors<AgreementField> = {};
  const length = Number(values.meetingLengthMinutes);
  if (!values.meetingLengthMinutes.trim() || !Number.isInteger(length) || length < 15 || length > 240) {
    errors.meetingLengthMinutes = "Enter whole minutes between 15 and 240.";
  }
  const channels = values.channels
    .split(",")
    .map((channel) => channel.trim())
    .filter((channel) => channel.length > 0);
  if (channels.length > 8) errors.channels = "List at most 8 channels.";
  else if (channels.some((channel) => channel.length > 40))
    errors.channels = "Keep each channel under 40 characters.";
  const goals = values.goals.trim() ? tooLong(values.goals, 2000) : "Write the goals you agreed on.";
  if (goals) errors.goals = goals;
  const responseTime = tooLong(values.responseTime, 200);
  if (responseTime) errors.responseTime = responseTime;
  const confidentiality = tooLong(values.confidentiality, 1000);
  if (confidentiality) errors.confidentiality = confidentiality;
  const boundaries = tooLong(values.boundaries, 1000);
  if (boundaries) errors.boundaries = boundaries;
  if (!isIsoDate(values.startDate)) errors.startDate = "Choose a start date.";
  if (!isIsoDate(values.endDate)) errors.endDate = "Choose an end date.";
  else if (isIsoDate(values.startDate) && values.endDate < values.startDate) {
    errors.endDate = "The end date must not be before the start date.";
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    terms: {
      goals: values.goals,
      meetingFrequency: values.meetingFrequency,
      meetingLengthMinutes: length,
      channels,
      responseTime: values.responseTime,
      confidentiality: values.confidentiality,
      boundaries: values.boundaries,
      startDate: values.startDate,
      endDate: values.endDate,
    },
  };
}
