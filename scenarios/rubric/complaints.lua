-- Complaint handling: the complaint-handling cycle from logging a complaint
-- to signposting the ombudsman and learning from the root cause.

principle "complaint.log" {
  kind = "principle",
  group = "Complaint handling",
  title = "Log every complaint",
  requires = "Treat any expression of dissatisfaction as a complaint, however it arrives, and record it with the details and what the customer wants.",
  consequence = {
    customer = "The complaint is lost or forgotten and they have to start again.",
    business = "Cannot track or prove how it handled the complaint; regulated firms (energy, financial services) breach their complaint rules, and the time limit runs anyway.",
  },
  source = "ISO 10002:2018 (receiving and recording complaints); Gas and Electricity (Consumer Complaints Handling Standards) Regulations 2008; FCA complaint definition",
  weight = 2,
  critical = false,
}

principle "complaint.acknowledge" {
  kind = "principle",
  group = "Complaint handling",
  title = "Acknowledge the complaint promptly",
  requires = "Confirm quickly that you have received the complaint and tell the customer when they can expect a response.",
  consequence = {
    customer = "Does not know if anyone is dealing with it and chases or gives up.",
    business = "Extra chasing contacts, a worse complaint, and for financial firms a breach of the FCA rule to acknowledge promptly in writing.",
  },
  source = "ISO 10002:2018 (acknowledgement); FCA DISP 1.6.1",
  weight = 2,
  critical = false,
}

principle "complaint.investigate" {
  kind = "principle",
  group = "Complaint handling",
  title = "Look into the facts properly",
  requires = "Check the records and the facts before deciding, in proportion to how serious the complaint is. Do not guess or dismiss it.",
  consequence = {
    customer = "Gets a wrong or unfair answer.",
    business = "Wrong decisions are overturned by an ombudsman or court, with extra cost and compensation.",
  },
  source = "ISO 10002:2018 (initial assessment and investigation)",
  weight = 2,
  critical = false,
}

principle "complaint.resolve" {
  kind = "principle",
  group = "Complaint handling",
  title = "Give a clear outcome and fair remedy",
  requires = "Tell the customer the outcome, the reasons for it and any remedy, and put the remedy in place.",
  consequence = {
    customer = "Is left without an answer or a fair fix.",
    business = "The complaint goes to an ombudsman or court and the business pays more; FCA firms must send a final response within 8 weeks.",
  },
  source = "ISO 10002:2018 (responding to complaints); FCA DISP 1.6.2",
  weight = 2,
  critical = false,
}

principle "complaint.signpost" {
  kind = "principle",
  group = "Complaint handling",
  title = "Tell the customer where to go next",
  requires = "If the complaint cannot be settled, tell the customer in writing about the right ombudsman or ADR scheme and when they can use it (for example after 8 weeks or a final response).",
  consequence = {
    customer = "Does not know about free independent help, or waits longer than needed.",
    business = "Breaks the ADR Regulations (and FCA or Ofgem rules in those sectors), and the complaint is likely to be upheld against it.",
  },
  source = "ADR Regulations 2015 reg 19 (information duty); FCA DISP 1.6.2 (final response within 8 weeks, Financial Ombudsman within 6 months); Energy Ombudsman after 8 weeks or a deadlock letter; telecoms ADR after 6 weeks from 8 April 2026",
  weight = 2,
  critical = false,
}

principle "complaint.follow-up" {
  kind = "principle",
  group = "Complaint handling",
  title = "Follow up and close the complaint",
  requires = "Check that what was agreed has actually happened and that the customer is satisfied, then close the complaint on the record.",
  consequence = {
    customer = "Finds the promised fix never happened and has to complain again.",
    business = "Repeat complaints, wasted work and a complaint that escalates further.",
  },
  source = "ISO 10002:2018 (communicating the decision and closing the complaint)",
  weight = 2,
  critical = false,
}

principle "complaint.learn" {
  kind = "principle",
  group = "Complaint handling",
  title = "Learn from complaints",
  requires = "Look for the root cause and for patterns across complaints, and pass them on so the process can be fixed, for example with Plan-Do-Check-Act.",
  consequence = {
    customer = "Other customers meet the same problem again.",
    business = "The same failure keeps causing complaints, cost and regulatory attention.",
  },
  source = "ISO 10002:2018 (analysis and improvement); Plan-Do-Check-Act; Customer Service Excellence standard, criterion 4",
  weight = 2,
  critical = false,
}
