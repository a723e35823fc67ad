-- Keystone Bank: retail bank with a contact centre and branches.
-- Policy documents the learner can open during play, and Keystone's version of each generic
-- policy.* rubric id. Policies never contradict the law
-- (checked against the law set out in docs/law.md: section 9 for unauthorised payments and card
-- blocking, section 10 for complaints and the FCA complaint definition).

organisation {
  id = "keystone",
  name = "Keystone Bank",
  sector = "Retail bank (FCA-regulated)",
  about = "Keystone Bank offers current accounts, savings, debit and credit cards, loans and overdrafts "
    .. "to personal customers across the UK. Customers bank online and in the app, in branches and "
    .. "through a contact centre that handles phone calls, secure messages and web chat.",
}

policy "accounts" {
  title = "Accounts and payments",
  text = [[
1. Discuss balances, transactions, statements, standing orders and Direct Debits, or make payments, only
   after the customer passes security ("Identity checks and third parties", section 1).
2. Fees and charges: explain what was charged and why. You may refund a fee or charge up to £50 yourself
   where it was applied in error or our fee guidelines allow it; a refund over £50 needs a team leader's
   approval first. Refunding a charge we took in error is a correction, not goodwill.
3. Payments the customer says they did not make or agree to (card payments, transfers, Direct Debits):
   The law (Payment Services Regulations 2017):
   - We must refund an unauthorised payment and put the account back as it would have been, as soon as
     practicable and at the latest by the end of the business day after we become aware of it (reg 76),
     if the customer tells us without undue delay and within 13 months of the payment.
     The only exception: we have reasonable grounds to suspect the customer of fraud and tell the
     authorities in writing. "We need to investigate" is not a reason to wait.
   - If the customer says they did not authorise a payment, it is for us to prove that they did. The use of
     their card, PIN or passcode is not enough on its own (reg 75).
   - The customer's share of a loss is at most £35. They bear all of it only if they acted fraudulently or,
     with gross negligence, failed to keep their card and security details safe. Unless they acted
     fraudulently, they pay nothing for payments made after they told us, or where their card details were
     used for an online or phone purchase (reg 77).
   - If we stop a card, we must tell the customer, and why, before we stop it or straight afterwards,
     unless telling them would compromise security or be unlawful (reg 71).
   - Payments the customer made themselves, even if a fraudster tricked them into it (a scam), are
     authorised: this section does not apply; see section 4.
   Our procedure:
   - After security, block the card on the call and tell the customer you have done it and why. Order a
     replacement card.
   - Log each disputed payment (date, amount, payee) and pass the case to the Fraud team on the same call.
     The Fraud team makes the refund and decides whether the fraud exception applies; you do not.
   - Tell the customer what the law gives them: a refund by the end of the next business day unless the
     Fraud team has reasonable grounds to suspect them of fraud, and that the Fraud team will contact them.
     Do not promise more (an instant or unconditional refund) or less: never say a refund takes "10 working
     days to investigate", or that a payment must be theirs because their card or PIN was used.
4. Possible scams: if a customer seems to be under pressure to move money (urgency, a caller telling them
   what to say, a "safe account"), pause the payment, ask open questions and transfer them to the Fraud
   team. Keystone never asks customers to move money to keep it safe.
5. Credit card purchases with a cash price over £100 and up to £30,000: Keystone is jointly liable with the
   retailer for a breach of contract or misrepresentation (Consumer Credit Act 1974 s.75). Log the claim
   for the Card Disputes team. Debit cards are not covered by s.75, but the Card Disputes team
   may raise a chargeback under the card scheme's rules (a scheme process, not a legal right).
6. Customers struggling with money: listen, never rush or threaten, and offer a referral to our Financial
   Support team and information about free independent debt advice. With their agreement, note any
   extra help they need.
7. Change contact details, add payees or change account settings only on the instruction of the account
   holder (or someone with recorded authority to do it), after full security checks.
]],
}

policy "complaints" {
  title = "Complaints procedure",
  text = [[
1. The FCA's definition: a complaint is any oral or written expression of dissatisfaction, whether justified
   or not, about our service (or a failure to provide one), where the customer says they have suffered (or
   may suffer) financial loss, material distress or material inconvenience. They only have to say so, not
   prove it. Tone and channel do not matter, and no special words are needed: never insist that a
   complaint is made in writing.
2. Log every complaint on the complaints system the same day, including ones you resolve on the call.
3. Service levels: acknowledge every complaint in writing within 1 working day with a reference number,
   the name of the person handling it and when to expect a response; keep the customer informed; and send
   a final response within 8 weeks at the latest (15 business days for payment services, section 7).
4. Resolved by the close of the third business day after we received it: send a written summary
   resolution communication saying we consider it resolved, that if the customer is unhappy they can
   refer it to the Financial Ombudsman Service, whether we agree to waive its time limits, and its website.
5. Otherwise, send a final response within 8 weeks: our decision and reasons, any redress, the Financial
   Ombudsman Service leaflet and website, that the customer can refer the complaint to it within 6 months
   of the final response, and whether we agree to waive its time limits.
6. If we cannot give a final response within 8 weeks, write by then to explain why and to tell the
   customer they can go to the Financial Ombudsman Service now.
7. Complaints about payment services (card payments, transfers, Direct Debits, standing orders): final
   response within 15 business days; in exceptional cases, a holding reply with reasons by day 15 and the
   final response by day 35.
8. The Financial Ombudsman Service is independent and free for customers. Follow up once a complaint is
   resolved; team leaders review complaint logs every week for root causes and trends.
]],
}

policy "identity" {
  title = "Identity checks and third parties",
  text = [[
1. Check identity before you discuss or change an account. By phone or chat: full name and date of birth,
   then two security questions: two characters from the telephone banking passcode (never the whole
   passcode) and a recent payment in or out; or a prompt the customer approves in the Keystone app. In a
   branch: the card and PIN, the app, or photo ID.
2. Never ask for a PIN, a full passcode, an online banking password or a one-time passcode. Never give
   hints. If the checks fail, share nothing (not even whether the person banks with us).
3. Third parties: deal with someone else only if they are a joint account holder (for the joint
   account), hold a registered power of attorney or court order, have a third-party mandate on record, or
   the account holder is on the line and agrees for that call. Otherwise take a message, nothing more.
4. Adding an authorised person or a third-party mandate needs the account holder's own instruction,
   given in a branch, in the app or on the phone after passing security, never passed on by the person
   being added. Record their name, what they may do and the date.
5. Customers who cannot use phone checks: accept calls through text relay or video relay (British Sign
   Language) and ask the security questions as normal, or offer a branch appointment, secure messaging or
   email. These alternatives are free. Record the adjustment, with the customer's agreement.
6. Record on the contact record how identity was checked and whether it passed.
]],
}

policy "data-handling" {
  title = "Handling customer data",
  text = [[
1. Collect only what the task needs. Do not ask for extra details "just in case".
2. Never ask for, write down or read out a full card number or security code, or read out a full account
   number. Confirm cards and accounts by their last four digits only.
3. Look up an account only when your work needs it. Looking up a friend, neighbour or ex-partner is a
   disciplinary matter and can be a criminal offence (Data Protection Act 2018 s.170).
4. Incidents: if personal data reaches the wrong person (a statement or email sent to the wrong address,
   details given to the wrong caller) or a device or paperwork is lost, report it to the Data Protection
   Team at once, even if it seems minor. Never try to fix it quietly. The Data Protection Team decides
   whether the regulator and the customer are told.
5. Notes must be factual, accurate and professional: what was said, what was done, what happens next.
   Label any opinion as an opinion. Customers can ask to see their notes.
6. A request from a customer for the information we hold about them, in any words and by any channel, is a
   subject access request. Log the date and pass it to the Data Protection Team the same day. It is free
   and must be answered within one month. Never insist on a form or a fee.
7. If a customer says their details are wrong, check and correct them promptly and note the change. Pass
   requests to delete data to the Data Protection Team.
8. Send statements and account details only to the address on record or through secure messaging.
]],
}

policy "escalation" {
  title = "Escalation and limits of authority",
  text = [[
1. What you can authorise yourself: a goodwill payment of up to £30 per complaint, and refunds of fees
   or charges up to £50 ("Accounts and payments", section 2).
2. What needs a team leader's approval first: goodwill over £30; fee refunds over £50; and any exception
   to a published rule (for example waiving a charge outside our guidelines). Get the approval before
   you say yes. Do not promise what you cannot authorise.
3. Never hold back a customer's rights (such as the Financial Ombudsman Service) to stay inside your limit.
4. Transfer on the same call to the Fraud team for unrecognised payments or a possible scam. Escalate to
   a team leader when the customer asks for a manager, when you cannot resolve a complaint, when a
   customer may be at risk of harm, or when there are threats.
5. How to hand over: give a short summary (who the customer is, what happened, what has been done, what
   they want and what decision is needed) so the customer does not have to repeat it. Agree who owns it
   and by when.
6. Tell the customer who will deal with it, what happens next and when. If nobody is free, book a callback
   with the owner's name and a time, and record it.
]],
}

policy "service-standards" {
  title = "Service standards",
  text = [[
1. Greet every customer: on the phone, "Good morning, Keystone Bank, you're speaking to" and your first
   name; in a branch, a greeting and your name badge.
2. Listen first. Ask questions to understand what the customer needs and explain banking terms (interest
   rates, overdraft charges, clearing times) in plain English.
3. Own it: whoever the customer reaches first owns the problem until it is resolved or properly handed
   over. Never say "that's not my department".
4. Say what happens next and when. If you promise a callback, call back by the time promised, even if it
   is only to give an update.
5. Record every contact (call, chat, secure message or branch visit) on the customer's record before you
   move on: the reason, what was agreed and the next step.
6. Customers in vulnerable circumstances: health, life events, low resilience or low capability can make
   anyone, for a while or for good, more likely to be harmed. Notice the signs, ask what would help, and
   offer adjustments free of charge. Never make it harder to complain, switch or close an account.
7. Abusive or threatening contact: an upset customer deserves patience, but staff do not have to accept
   abuse (swearing at you, insults, discriminatory remarks, threats). Warn the customer once, calmly, that
   you will end the conversation if it continues. If it continues, end it (in a branch, step away and call
   the branch manager) and report it on the incident form the same day.
]],
}

-- Keystone Bank's versions of the generic policy ids -------------------------------------------

principle "policy.refund-limit" {
  kind = "policy", policy = "accounts",
  group = "Keystone Bank policy",
  title = "Fee refunds over £50 need a team leader",
  requires = "Refund a fee or charge up to £50 yourself where it was wrong or the guidelines allow it; "
    .. "get a team leader's approval before refunding more than £50.",
  consequence = {
    customer = "Waits for a refund that could have been given on the call, or gets one that is later reversed.",
    business = "Unapproved refunds, inconsistent treatment of customers and losses the bank cannot track.",
  },
  source = "Keystone Bank: Accounts and payments, section 2",
  weight = 2,
  critical = false,
}

principle "policy.goodwill-limit" {
  kind = "policy", policy = "escalation",
  group = "Keystone Bank policy",
  title = "Goodwill up to £30 without a team leader",
  requires = "Offer a goodwill payment of up to £30 per complaint yourself; anything more needs a team "
    .. "leader's approval before it is promised.",
  consequence = {
    customer = "Is promised a payment that is later withdrawn, which makes the complaint worse.",
    business = "Bound by, or forced to go back on, a promise made without authority; unfair, inconsistent redress.",
  },
  source = "Keystone Bank: Escalation and limits of authority, section 1",
  weight = 2,
  critical = false,
}

principle "policy.log-contact" {
  kind = "policy", policy = "service-standards",
  group = "Keystone Bank policy",
  title = "Record every contact",
  requires = "Record every call, chat, secure message or branch visit on the customer's record before "
    .. "moving on: the reason, what was agreed and the next step.",
  consequence = {
    customer = "Has to explain everything again, and promises made to them are lost.",
    business = "No evidence of what was agreed, repeat contacts, and weak records if the Financial Ombudsman Service looks at the case.",
  },
  source = "Keystone Bank: Service standards, section 5",
  weight = 2,
  critical = false,
}

principle "policy.security-questions" {
  kind = "policy", policy = "identity",
  group = "Keystone Bank policy",
  title = "Security checks before account access",
  requires = "Check name, date of birth and two security questions (or an app prompt) before discussing "
    .. "or changing an account; never ask for a PIN, full passcode, password or one-time passcode; give "
    .. "no hints and share nothing if the checks fail.",
  consequence = {
    customer = "Their money and personal details are exposed to fraudsters and anyone who means them harm.",
    business = "Fraud losses, a personal data breach and regulatory action.",
  },
  source = "Keystone Bank: Identity checks and third parties, section 1",
  weight = 3,
  critical = false,
}

principle "policy.authorised-person" {
  kind = "policy", policy = "identity",
  group = "Keystone Bank policy",
  title = "Third parties only with recorded authority or the account holder's consent",
  requires = "Deal with a third party only with recorded authority (joint holder, power of attorney, "
    .. "mandate) or the account holder's consent on the call; adding an authorised person needs the "
    .. "account holder's own instruction.",
  consequence = {
    customer = "Someone else can see their finances or move their money without their say.",
    business = "An unauthorised disclosure (a data breach), possible fraud losses and a complaint from the real account holder.",
  },
  source = "Keystone Bank: Identity checks and third parties, section 4",
  weight = 2,
  critical = false,
}

principle "policy.complaint-sla" {
  kind = "policy", policy = "complaints",
  group = "Keystone Bank policy",
  title = "Acknowledge in 1 working day, final response within 8 weeks",
  requires = "Acknowledge every complaint in writing within 1 working day, send a summary resolution "
    .. "communication or a final response within 8 weeks (15 business days for payment services), and "
    .. "tell the customer about the Financial Ombudsman Service and its 6-month limit.",
  consequence = {
    customer = "Left chasing for answers, or not told they can take the complaint to the Financial Ombudsman Service.",
    business = "Breaches of the FCA complaint rules, ombudsman case fees and likely compensation for distress and inconvenience.",
  },
  source = "Keystone Bank: Complaints procedure, section 3",
  weight = 2,
  critical = false,
}

principle "policy.escalation" {
  kind = "policy", policy = "escalation",
  group = "Keystone Bank policy",
  title = "Escalate beyond your authority, with a summary, an owner and a time",
  requires = "Escalate when a decision is beyond your authority, fraud is suspected or a customer may be "
    .. "at risk; hand over with a short summary, agree an owner and a time, and tell the customer.",
  consequence = {
    customer = "Passed around, asked to repeat everything, or left exposed to fraud or harm.",
    business = "Decisions made without authority, fraud losses, lost cases and complaints about the handover itself.",
  },
  source = "Keystone Bank: Escalation and limits of authority, section 5",
  weight = 2,
  critical = false,
}

principle "policy.data-handling" {
  kind = "policy", policy = "data-handling",
  group = "Keystone Bank policy",
  title = "Handle data securely and report incidents at once",
  requires = "Collect only what is needed, never ask for or read out a full card number, access accounts "
    .. "only for work, keep notes factual, and report any misdirected or disclosed data to the Data "
    .. "Protection Team at once.",
  consequence = {
    customer = "Exposed to fraud or harm, and not warned in time if their data has gone astray.",
    business = "A data breach handled late or hidden, regulatory fines, card-payment compliance problems and lost trust.",
  },
  source = "Keystone Bank: Handling customer data, section 4",
  weight = 3,
  critical = false,
}

principle "policy.abusive-contact" {
  kind = "policy", policy = "service-standards",
  group = "Keystone Bank policy",
  title = "Warn once, then end an abusive contact and report it",
  requires = "Stay patient with upset customers; if a customer is abusive, warn them once, end the "
    .. "contact if it continues, and report it the same day.",
  consequence = {
    customer = "Other customers wait while an abusive contact drags on, or a merely upset customer is cut off unfairly.",
    business = "Staff harmed and unsupported, incidents unrecorded, and the employer's duty to protect staff unmet.",
  },
  source = "Keystone Bank: Service standards, section 7",
  weight = 2,
  critical = false,
}

principle "policy.service-standards" {
  kind = "policy", policy = "service-standards",
  group = "Keystone Bank policy",
  title = "Greet, give your name, own it, call back when promised",
  requires = "Greet the customer and give your name, listen first, explain in plain English, own the "
    .. "problem, say what happens next, and call back by the time promised.",
  consequence = {
    customer = "Feels ignored or passed around and has to chase for answers.",
    business = "Poor satisfaction, repeat contacts, complaints and damage to Keystone's reputation.",
  },
  source = "Keystone Bank: Service standards, section 1",
  weight = 2,
  critical = false,
}
