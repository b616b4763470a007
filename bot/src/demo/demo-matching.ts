/**
 * What the demo people said at intake beyond skills (fictional): goals in their own words, mentoring
 * styles, team preference and weekly availability in their own time zone (day 0 = Monday), so that
 * a matching run over the demo cohort has something real to weigh.
 */
export interface DemoMatchingDetails {
  goals: string;
  styles: ("listening" | "hands-on" | "challenging" | "structured" | "exploratory")[];
  teamPreference: "cross-team" | "same-team" | "no-preference";
  availability: { day: number; startMinute: number; endMinute: number }[];
}

const h = (day: number, from: number, to: number) => ({ day, startMinute: from * 60, endMinute: to * 60 });

export const demoMatchingDetails: Record<string, DemoMatchingDetails> = {
  "u-ines": {
    goals: "Help future team leads grow; share how our Azure and backup architecture came to be.",
    styles: ["challenging", "structured"],
    teamPreference: "cross-team",
    availability: [h(1, 14, 16), h(3, 14, 16)],
  },
  "u-oskar": {
    goals: "Firewall reviews, network design and BGP for anyone who wants them. Learn to lead a small team.",
    styles: ["hands-on", "structured"],
    teamPreference: "cross-team",
    availability: [h(0, 9, 11), h(2, 13, 15)],
  },
  "u-amara": {
    goals: "Landing zones, Terraform and Kubernetes. Get better at security operations and incident work.",
    styles: ["hands-on", "exploratory"],
    teamPreference: "no-preference",
    availability: [h(1, 9, 11), h(3, 9, 12)],
  },
  "u-kenji": {
    goals: "Security operations and incident response runbooks. Learn to run workloads on Kubernetes.",
    styles: ["structured", "challenging"],
    teamPreference: "cross-team",
    availability: [h(1, 16, 18), h(3, 16, 18)],
  },
  "u-lucia": {
    goals:
      "ITIL processes, talking to users and leading a team. Automate service desk chores with PowerShell.",
    styles: ["listening", "hands-on"],
    teamPreference: "cross-team",
    availability: [h(0, 10, 12), h(2, 10, 12), h(3, 15, 17)],
  },
  "u-david": {
    goals: "SQL Server, backups and PowerShell automation. Move our databases to Azure.",
    styles: ["structured", "listening"],
    teamPreference: "no-preference",
    availability: [h(1, 9, 11), h(3, 9, 11)],
  },
  "u-priya": {
    goals: "Design and review firewall rule changes for the cloud landing zone on my own.",
    styles: ["hands-on"],
    teamPreference: "cross-team",
    availability: [h(0, 13, 16), h(2, 17, 19)],
  },
  "u-tom": {
    goals: "Automate common service desk requests with PowerShell and understand Azure basics.",
    styles: ["hands-on", "listening"],
    teamPreference: "cross-team",
    availability: [h(1, 10, 12), h(3, 10, 13)],
  },
  "u-sara": {
    goals: "Handle security incidents calmly and understand how security operations work.",
    styles: ["structured"],
    teamPreference: "cross-team",
    availability: [h(1, 9, 11), h(3, 9, 11)],
  },
  "u-marco": {
    goals: "Move our VM workloads to Kubernetes with Terraform.",
    styles: ["hands-on"],
    teamPreference: "no-preference",
    availability: [h(1, 10, 12), h(3, 10, 12)],
  },
  "u-hana": {
    goals: "Write solid SQL queries and, one day, lead a small analytics team.",
    styles: ["listening", "structured"],
    teamPreference: "cross-team",
    availability: [h(0, 17, 19), h(2, 17, 19)],
  },
  "u-joe": {
    goals: "Understand network fundamentals and how ITIL processes fit together in the service desk.",
    styles: ["hands-on", "listening"],
    teamPreference: "no-preference",
    availability: [h(0, 9, 12), h(2, 9, 12), h(4, 9, 12)],
  },
  "u-ravi": {
    goals: "Understand BGP peering with our providers and review firewall changes.",
    styles: ["structured"],
    teamPreference: "no-preference",
    availability: [h(1, 14, 16)],
  },
  "u-elif": {
    goals: "Learn incident response from people who have done it, and the Azure basics.",
    styles: ["hands-on"],
    teamPreference: "cross-team",
    availability: [h(2, 10, 12)],
  },
};

const none: DemoMatchingDetails = {
  goals: "",
  styles: [],
  teamPreference: "no-preference",
  availability: [],
};
export const matchingDetailsOf = (userId: string): DemoMatchingDetails => demoMatchingDetails[userId] ?? none;
