-- Data protection: what front-line staff must do under the UK GDPR and the
-- Data Protection Act 2018 (identity, third parties, records, requests, breaches).

principle "dpa.verify-identity" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Check identity before sharing account details",
  requires = "Confirm you are speaking to the customer, using your organisation's security checks, before you give out or change any personal or account information.",
  consequence = {
    customer = "Their data reaches a fraudster or someone who should not have it, risking fraud, account takeover or stalking.",
    business = "A personal data breach: possible ICO report and fines up to £17.5m or 4% of turnover, compensation claims and loss of trust. Staff who disclose knowingly or recklessly may commit a criminal offence (s.170).",
  },
  source = "UK GDPR Article 5(1)(f) (integrity and confidentiality); Data Protection Act 2018",
  weight = 5,
  critical = true,
}

principle "dpa.third-party-authority" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Only deal with someone else if they are authorised",
  requires = "Do not discuss or disclose a customer's details to a partner, relative or anyone else unless they are authorised, for example with a recorded authority, a power of attorney, or the customer's consent given by the customer. Politely explain how the customer can add them.",
  consequence = {
    customer = "Private information reaches someone they did not choose, such as an ex-partner, which can cause real harm.",
    business = "A personal data breach: ICO fines up to £17.5m or 4% of turnover, compensation claims, and a possible s.170 criminal offence for the member of staff.",
  },
  source = "UK GDPR Article 5(1)(f) (integrity and confidentiality); ICO guidance on disclosures to third parties",
  weight = 5,
  critical = true,
}

principle "dpa.minimisation" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Only ask for the data you need",
  requires = "Collect and record only the personal information needed for the task, for example never ask for a full card number over chat.",
  consequence = {
    customer = "More of their data is at risk if it is lost or misused.",
    business = "Breaks a data protection principle (fines up to £17.5m or 4% of turnover) and increases the harm if a breach happens.",
  },
  source = "UK GDPR Article 5(1)(c) (data minimisation)",
  weight = 3,
  critical = false,
}

principle "dpa.accurate-notes" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Keep notes accurate and factual",
  requires = "Write account notes that are accurate and factual. If you must record an opinion, label it as an opinion and never write insults or guesses about the customer.",
  consequence = {
    customer = "Wrong or unfair notes can affect how they are treated, and they can see the notes through a subject access request.",
    business = "Breaks the accuracy principle (fines up to £17.5m or 4% of turnover), with embarrassment, complaints and possible discrimination claims if notes are disclosed.",
  },
  source = "UK GDPR Article 5(1)(d) (accuracy)",
  weight = 3,
  critical = false,
}

principle "dpa.sar" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Recognise a subject access request",
  requires = "Treat any request from a customer for their own personal data as a subject access request, whether it is spoken, written or on social media, log the date and pass it on at once. It is normally free and is answered within one month of receiving it (or of receiving identity checks genuinely needed); complex requests can be extended by two months, and the search must be reasonable and proportionate.",
  consequence = {
    customer = "Is wrongly refused, charged or delayed in seeing their own data.",
    business = "An ICO complaint and enforcement (fines for breaching individuals' rights up to £17.5m or 4% of turnover), and the deadline keeps running from the day the request was made.",
  },
  source = "UK GDPR Articles 12, 12A and 15, as amended by the Data (Use and Access) Act 2025 (reasonable and proportionate search, time limits from 5 February 2026); ICO subject access guidance",
  weight = 3,
  critical = false,
}

principle "dpa.rectification" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Correct wrong personal data promptly",
  requires = "When a customer tells you their details are wrong or incomplete, check and correct them without undue delay, and note the change.",
  consequence = {
    customer = "Letters go to the wrong address, bills are missed and their credit record may suffer.",
    business = "Breaks the right to rectification, and mail sent to the wrong person is a further data breach; ICO fines up to £17.5m or 4% of turnover.",
  },
  source = "UK GDPR Article 16 (right to rectification); Article 5(1)(d) (accuracy)",
  weight = 3,
  critical = false,
}

principle "dpa.breach-report" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Report a data breach straight away",
  requires = "If personal data has gone to the wrong person, been lost or been seen by someone who should not see it, report it to your data protection team at once. Do not try to fix it quietly.",
  consequence = {
    customer = "Is not warned in time to protect themselves from fraud or harm.",
    business = "May miss the 72-hour window for telling the ICO, facing a bigger sanction (fines can reach £17.5m or 4% of turnover) and more damage to trust.",
  },
  source = "UK GDPR Articles 33–34 (breach notification)",
  weight = 4,
  critical = true,
}

principle "dpa.s170" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Never access or share data without permission",
  requires = "Only look at or share personal data when your job needs it. Knowingly or recklessly getting or disclosing personal data without the organisation's consent is a crime, for example looking up a neighbour's or ex-partner's account.",
  consequence = {
    customer = "Their privacy is invaded and they may be put at risk.",
    business = "A data breach and ICO investigation; the member of staff can be prosecuted by the ICO, fined on conviction and dismissed.",
  },
  source = "Data Protection Act 2018 s.170",
  weight = 5,
  critical = true,
}

principle "dpa.s173" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Never alter or hide data a customer has asked to see",
  requires = "Once someone has asked for their data, never edit, delete, tidy or hide a note, email or recording so "
    .. "that they will not see it. If a note is wrong, add a dated correction and leave the original.",
  consequence = {
    customer = "Is denied the true record of how they were treated, often the evidence for their complaint.",
    business = "A criminal offence by the member of staff and the organisation (DPA 2018 s.173), ICO enforcement, "
      .. "and lost trust in every record the organisation holds.",
  },
  source = "Data Protection Act 2018 s.173 (altering or concealing information to prevent disclosure)",
  weight = 5,
  critical = true,
}

principle "dpa.complaints-duty" {
  kind = "law",
  group = "Data protection (UK GDPR / DPA 2018)",
  title = "Take a data-protection complaint",
  requires = "Treat a customer's complaint about how their personal data was handled (shared with the wrong person, "
    .. "wrong, or a request ignored) as a data-protection complaint: log it with the date, pass it to the data "
    .. "protection or complaints team so it is acknowledged within 30 days and answered without undue delay, and "
    .. "tell the customer they can also go to the ICO.",
  consequence = {
    customer = "Has nowhere to take a real problem with their data and has to go to the regulator to be heard.",
    business = "A breach of the duty to handle data-protection complaints in force since 19 June 2026, ICO "
      .. "complaints that could have been resolved, and no chance to put the problem right first.",
  },
  source = "Data Protection Act 2018 s.164A, inserted by the Data (Use and Access) Act 2025 (in force 19 June 2026)",
  weight = 3,
  critical = false,
}
