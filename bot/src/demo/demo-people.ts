import type { DevUser } from "@baton/shared";

export const DEMO_TENANT_ID = "contoso-demo";
export const DEMO_PROGRAM_ID = "it-knowledge-2026";

export interface DemoPerson extends DevUser {
  team: string;
  level: "new-hire" | "junior" | "mid" | "senior" | "lead";
  managerId?: string;
  timeZone: string;
  offer: string[];
  learn: string[];
  capacity: number;
}

/** A dozen people of an IT department, their reporting lines and skills (fictional). */
export const demoPeople: DemoPerson[] = [
  { userId: "u-ines", displayName: "Ines Moreau", role: "Head of Infrastructure", team: "Infrastructure", level: "lead", timeZone: "Europe/Paris", offer: ["leadership", "azure", "backup"], learn: [], capacity: 1 },
  { userId: "u-oskar", displayName: "Oskar Lindqvist", role: "Senior Network Engineer", team: "Networking", level: "senior", managerId: "u-ines", timeZone: "Europe/Stockholm", offer: ["firewalls", "networking", "bgp"], learn: ["leadership"], capacity: 2 },
  { userId: "u-amara", displayName: "Amara Okafor", role: "Cloud Architect", team: "Cloud", level: "senior", managerId: "u-ines", timeZone: "Europe/London", offer: ["azure", "terraform", "kubernetes"], learn: ["security-ops"], capacity: 3 },
  { userId: "u-kenji", displayName: "Kenji Watanabe", role: "Security Engineer", team: "Security", level: "senior", managerId: "u-ines", timeZone: "Asia/Tokyo", offer: ["security-ops", "incident-response"], learn: ["kubernetes"], capacity: 2 },
  { userId: "u-lucia", displayName: "Lucía Fernández", role: "Service Desk Lead", team: "Service Desk", level: "lead", managerId: "u-ines", timeZone: "Europe/Madrid", offer: ["itil", "customer-comms", "leadership"], learn: ["powershell"], capacity: 2 },
  { userId: "u-david", displayName: "David Cohen", role: "Database Administrator", team: "Data", level: "senior", managerId: "u-ines", timeZone: "America/New_York", offer: ["sql", "backup", "powershell"], learn: ["azure"], capacity: 1 },
  { userId: "u-priya", displayName: "Priya Raman", role: "Junior Cloud Engineer", team: "Cloud", level: "new-hire", managerId: "u-amara", timeZone: "Asia/Kolkata", offer: [], learn: ["terraform", "networking", "firewalls"], capacity: 0 },
  { userId: "u-tom", displayName: "Tom Becker", role: "Service Desk Analyst", team: "Service Desk", level: "junior", managerId: "u-lucia", timeZone: "Europe/Berlin", offer: ["customer-comms"], learn: ["powershell", "azure"], capacity: 0 },
  { userId: "u-sara", displayName: "Sara Nilsson", role: "Network Technician", team: "Networking", level: "junior", managerId: "u-oskar", timeZone: "Europe/Stockholm", offer: [], learn: ["security-ops", "incident-response"], capacity: 0 },
  { userId: "u-marco", displayName: "Marco Rossi", role: "Systems Administrator", team: "Infrastructure", level: "mid", managerId: "u-ines", timeZone: "Europe/Rome", offer: ["backup", "vmware"], learn: ["kubernetes", "terraform"], capacity: 1 },
  { userId: "u-hana", displayName: "Hana Kim", role: "Data Analyst", team: "Data", level: "junior", managerId: "u-david", timeZone: "Asia/Seoul", offer: [], learn: ["sql", "leadership"], capacity: 0 },
  { userId: "u-joe", displayName: "Joe Mensah", role: "IT Apprentice", team: "Service Desk", level: "new-hire", managerId: "u-lucia", timeZone: "Africa/Accra", offer: [], learn: ["networking", "itil"], capacity: 0 },
];
