-- Northway Energy: gas and electricity supplier with a phone contact centre, Great Britain.
-- Policy documents the learner can open during play, and Northway's version of each generic
-- policy.* rubric id. Policies never contradict the law
-- (checked against the law set out in docs/law.md: section 8 for the energy licence duties and
-- missed-appointment payments, section 7 for abuse and threats towards staff, section 10 for
-- complaints).

organisation {
  id = "northway",
  name = "Northway Energy",
  sector = "Gas and electricity supplier (Great Britain)",
  about = "Northway Energy supplies gas and electricity to homes across England, Scotland and Wales. "
    .. "Its contact centre answers calls, emails, web chats and letters about bills, payments, meter "
    .. "readings, moving home and complaints.",
}

policy "billing" {
  title = "Billing and payments",
  text = [[
1. Explain bills in plain English: the meter readings used (actual or estimated), the unit rates, the
   standing charge, the payments received and the balance.
2. Estimated bills: if a bill used an estimate, ask the customer for a meter reading (a photo is fine)
   and re-issue the bill on the actual reading straight away.
3. Our mistakes: if we have billed wrongly, correct the bill and credit or refund the difference. Putting
   right our own error is not goodwill and does not count towards the goodwill limit.
4. Ways to pay: Direct Debit, card (only through the secure payment line), bank transfer or prepayment.
   If a Direct Debit amount needs to change, tell the customer the new amount and why before it is taken.
5. Refunds of credit: if the account is in credit and the customer asks for it back, refund it to the
   bank account or card on record. You may authorise refunds up to £100 yourself; a refund over £100
   needs a team leader to check the account first. The check is never a reason to keep money we owe.
6. Customers struggling to pay: never threaten or rush them. Listen, then offer a payment plan based on
   what they tell us they can afford, a referral to our Financial Support team, and information about
   free independent debt advice. With their agreement, note any extra help they need. This is the law,
   not only our policy: our supply licence (standard licence condition 27) requires us to offer help and
   payment options to anyone struggling to pay and to set repayments by what they can afford.
7. Prepayment meters and debt: never use a prepayment meter, or disconnection, as a threat. Under the
   supply licence rules in force since November 2023, a meter must not be fitted or switched to
   prepayment without the customer's agreement where someone needs a continuous supply for health
   reasons (for example powered medical equipment), a child under 2 lives there, or everyone is 75 or
   over with no other support. Tell the customer so clearly, flag the account and pass it to Financial
   Support.
8. Priority Services Register: when a customer mentions pensionable age, a disability or long-term
   condition, medical equipment, a hearing or sight impairment, a young child or another vulnerable
   situation, offer the free Priority Services Register without waiting to be asked (standard licence
   condition 26). Record the specific needs, and ask their consent to share them with the network
   operator.
9. Missed appointments: if we or our engineer (including an installer working for us) miss a booked
   visit, or move it with less than a working day's notice without the customer's recorded agreement,
   the law (the Guaranteed Standards of Performance, SI 2015/1544) requires us to pay £40 for each
   failure within 10 working days, without any claim, and a further £40 if we pay late. It is not
   goodwill and does not count towards the goodwill limit.
10. Moving home or closing an account: take a final meter reading on the day and send the final bill,
   refunding any credit under section 5.
]],
}

policy "complaints" {
  title = "Complaints procedure",
  text = [[
1. A complaint is any expression of dissatisfaction about our products, our service or the way we handled
   a complaint, where the customer expects a response, now or later. It can come by phone, email, web
   chat, letter or social media; it does not have to be in writing or use the word "complaint".
2. Put it right at the first contact if you can, within your authority. Log it even if you do.
3. Log every complaint on the complaints system the same day: who, what happened, what the customer
   wants and what you have done so far.
4. Service levels: acknowledge every complaint within 1 working day with a reference number, the name of
   the person handling it and when the customer will next hear from us; update them at least every 10
   working days; send a final response within 8 weeks at the latest, with the Energy Ombudsman's details.
5. The Energy Ombudsman is free and independent. A customer can take a complaint to it once 8 weeks have
   passed since they first complained, or sooner if we send a deadlock letter (our final position). Our
   8-week letter and every deadlock letter must give the Energy Ombudsman's details. It has a 12-month time
   limit: tell customers to check the limit on its website and not to delay.
6. If a customer wants to go to the ombudsman before 8 weeks, explain the rule honestly and offer to pass
   the complaint to a complaints specialist. If we cannot agree, a team leader can issue a deadlock letter.
7. Ofgem regulates energy suppliers but does not resolve individual complaints: never send a customer to
   Ofgem to sort out their complaint.
8. Follow up once a complaint is resolved. Team leaders review complaint logs every week for repeat causes
   and report trends so the root cause gets fixed.
]],
}

policy "identity" {
  title = "Identity checks and authorised persons",
  text = [[
1. Check identity before you discuss or change an account: the customer's full name and the supply address
   or account number, then two security questions (date of birth, the amount or date of the last payment,
   or the email address on the account).
2. Never give hints. If the checks fail, share nothing about the account (not even whether it is in debt)
   and explain other ways the customer can get help.
3. No checks are needed for general information (tariffs, reading a meter, how to complain) or for safety:
   follow "Service standards", section 8.
4. Third parties: discuss an account with someone else only if they are recorded as an authorised person,
   we hold a registered power of attorney, or the account holder is on the line and agrees for that call.
   Otherwise you may take a message, nothing more.
5. Adding an authorised person needs the account holder's own consent, given directly by the account holder
   after passing security, never passed on by the person who wants adding. Record their name, what they
   may do and the date.
6. Customers who cannot use phone checks: accept calls through text relay or video relay (British Sign
   Language) and ask the security questions as normal, or offer email, web chat or letter. These are free.
   Record the adjustment, with the customer's agreement, so they do not have to ask again.
7. Record on the contact record how identity was checked and whether it passed.
]],
}

policy "data-handling" {
  title = "Handling customer data",
  text = [[
1. Collect only what the task needs. Do not ask for extra details "just in case".
2. Never ask for, write down or read out a full card number or security code: card payments go through the
   secure payment line only. Confirm cards and bank accounts by their last four digits only.
3. Look up an account only when your work needs it. Looking up a friend, neighbour or ex-partner is a
   disciplinary matter and can be a criminal offence (Data Protection Act 2018 s.170).
4. Incidents: if personal data reaches the wrong person (a bill or email sent to the wrong address, details
   given to the wrong caller) or a device or paperwork is lost, report it to the Data Protection Team at
   once, even if it seems minor. Never try to fix it quietly. The Data Protection Team decides whether the
   regulator and the customer are told.
5. Notes must be factual, accurate and professional: what was said, what was done, what happens next.
   Label any opinion as an opinion. Customers can ask to see their notes.
6. A request from a customer for the information we hold about them, in any words and by any channel, is a
   subject access request. Log the date and pass it to the Data Protection Team the same day. It is free
   and must be answered within one month. Never insist on a form or a fee.
7. If a customer says their details are wrong (for example the billing address), check and correct them
   promptly and note the change. Pass requests to delete data to the Data Protection Team.
]],
}

policy "escalation" {
  title = "Escalation and limits of authority",
  text = [[
1. What you can authorise yourself: a goodwill credit of up to £30 per complaint to the customer's account,
   refunds of credit up to £100 ("Billing and payments", section 5), and corrections of our own billing
   errors. Payments the law requires, such as the £40 for a missed appointment ("Billing and payments",
   section 9), are not goodwill: never count them towards the £30 or hold them back.
2. What needs a team leader's approval first: goodwill over £30; refunds over £100; and any exception to a
   published rule (for example a payment plan outside our guidelines). Get the approval before you say
   yes. Do not promise what you cannot authorise.
3. Never hold back a customer's rights (such as the Energy Ombudsman) to stay inside your limit.
4. Also escalate when the customer asks for a manager, when you cannot resolve a complaint, when a customer
   may be at risk (for example without heating or power for medical equipment), or when there are threats.
5. How to hand over: give the team leader a short summary (who the customer is, what happened, what has
   been done, what they want and what decision is needed) so the customer does not have to repeat it.
   Agree who owns it and by when.
6. Tell the customer who will deal with it, what happens next and when. If nobody is free, book a callback
   with the owner's name and a time, and record it.
]],
}

policy "service-standards" {
  title = "Service standards",
  text = [[
1. Greet every caller: "Good morning, Northway Energy, you're speaking to" and your first name.
2. Listen first. Ask questions to understand what the customer needs, and explain energy terms (kilowatt
   hours, standing charges) in plain English.
3. Own it: whoever the customer reaches first owns the problem until it is resolved or properly handed
   over. Never say "that's not my department".
4. Say what happens next and when. If you promise a callback, call back by the time promised, even if it
   is only to give an update.
5. Record every contact (call, email, chat or letter) on the account before you close it: the reason, what
   was agreed and the next step.
6. Customers in vulnerable circumstances: notice signs such as illness, bereavement or money worries, ask
   sensitively what would help, and offer adjustments (large print, relay services, a nominated person)
   free of charge. Offer the Priority Services Register ("Billing and payments", section 8).
7. Abusive or threatening calls: an upset customer deserves patience, but staff do not have to accept
   abuse (swearing at you, insults, discriminatory remarks, threats). Warn the caller once, calmly, that you
   will end the call if it continues. If it continues, end the call, and report it to your team leader and
   on the incident form the same day. If a caller threatens violence (to you, a colleague or our offices),
   no warning is needed: end the call at once and tell your team leader straight away, who will alert site
   security (and the police if needed). Northway must protect its staff (Health and Safety at Work etc. Act
   1974, s.2); reporting every incident is your part of that (s.7), so we can act on it and support you.
8. Safety first: if anyone reports a smell of gas, give them the gas emergency number straight away, with
   no security checks, and tell them to follow the emergency service's advice.
]],
}

-- Northway Energy's versions of the generic policy ids -----------------------------------------

principle "policy.refund-limit" {
  kind = "policy", policy = "billing",
  group = "Northway Energy policy",
  title = "Refunds of credit over £100 need a team leader",
  requires = "Refund a credit balance the customer asks for; authorise up to £100 yourself and get a "
    .. "team leader's check before a refund over £100, without holding back money that is owed.",
  consequence = {
    customer = "Waits longer than needed for their own money, or gets a refund that is later clawed back.",
    business = "Refunds paid to the wrong place or in error, fraud losses, and complaints about withheld credit.",
  },
  source = "Northway Energy: Billing and payments, section 5",
  weight = 2,
  critical = false,
}

principle "policy.goodwill-limit" {
  kind = "policy", policy = "escalation",
  group = "Northway Energy policy",
  title = "Goodwill credit up to £30 without a team leader",
  requires = "Offer a goodwill credit of up to £30 per complaint yourself; anything more needs a "
    .. "team leader's approval before it is promised. A payment the law requires (such as the £40 for each "
    .. "missed appointment) is separate: it is not goodwill and never counts towards the £30.",
  consequence = {
    customer = "Is promised a credit that is later withdrawn, which makes the complaint worse.",
    business = "Bound by, or forced to go back on, a promise made without authority; inconsistent treatment of customers.",
  },
  source = "Northway Energy: Escalation and limits of authority, section 1",
  weight = 2,
  critical = false,
}

principle "policy.log-contact" {
  kind = "policy", policy = "service-standards",
  group = "Northway Energy policy",
  title = "Record every contact",
  requires = "Record every call, email, chat or letter on the account before closing it: the reason, "
    .. "what was agreed and the next step.",
  consequence = {
    customer = "Has to explain everything again next time, and promises made to them are lost.",
    business = "No evidence of what was agreed, repeat calls, and weak records if the case reaches the Energy Ombudsman.",
  },
  source = "Northway Energy: Service standards, section 5",
  weight = 2,
  critical = false,
}

principle "policy.security-questions" {
  kind = "policy", policy = "identity",
  group = "Northway Energy policy",
  title = "Security questions before account access",
  requires = "Check full name, supply address or account number and two security questions before "
    .. "discussing or changing an account; give no hints and share nothing if the checks fail.",
  consequence = {
    customer = "Account details, address or payment information can reach someone who means them harm.",
    business = "A personal data breach, fraud on the account and regulatory action.",
  },
  source = "Northway Energy: Identity checks and authorised persons, section 1",
  weight = 3,
  critical = false,
}

principle "policy.authorised-person" {
  kind = "policy", policy = "identity",
  group = "Northway Energy policy",
  title = "Adding someone to an account needs the account holder's consent",
  requires = "Discuss an account with a third party only if they are a recorded authorised person, hold a "
    .. "registered power of attorney or the account holder agrees on the call; adding an authorised person "
    .. "needs the account holder's own consent, given by the account holder.",
  consequence = {
    customer = "Someone else can see or change their account without their say.",
    business = "An unauthorised disclosure (a data breach) and a complaint from the real account holder.",
  },
  source = "Northway Energy: Identity checks and authorised persons, section 5",
  weight = 2,
  critical = false,
}

principle "policy.complaint-sla" {
  kind = "policy", policy = "complaints",
  group = "Northway Energy policy",
  title = "Acknowledge in 1 working day, final response within 8 weeks",
  requires = "Acknowledge every complaint within 1 working day with a reference and an owner, update at "
    .. "least every 10 working days, send a final response within 8 weeks, and give the Energy Ombudsman's "
    .. "details at 8 weeks or with a deadlock letter.",
  consequence = {
    customer = "Left chasing for answers, or not told they can go to the Energy Ombudsman.",
    business = "Complaints reach the Energy Ombudsman anyway, with case costs and a poor record, and regulatory scrutiny.",
  },
  source = "Northway Energy: Complaints procedure, section 4",
  weight = 2,
  critical = false,
}

principle "policy.escalation" {
  kind = "policy", policy = "escalation",
  group = "Northway Energy policy",
  title = "Escalate beyond your authority, with a summary, an owner and a time",
  requires = "Escalate when a decision is beyond your authority or the customer may be at risk, hand over "
    .. "with a short summary, agree an owner and a time, and tell the customer.",
  consequence = {
    customer = "Passed around, asked to repeat everything, or left at risk without a decision.",
    business = "Decisions made without authority, lost cases and complaints about the handover itself.",
  },
  source = "Northway Energy: Escalation and limits of authority, section 5",
  weight = 2,
  critical = false,
}

principle "policy.data-handling" {
  kind = "policy", policy = "data-handling",
  group = "Northway Energy policy",
  title = "Handle data securely and report incidents at once",
  requires = "Collect only what is needed, never ask for or read out a full card number, access accounts "
    .. "only for work, keep notes factual, and report any misdirected or disclosed data to the Data "
    .. "Protection Team at once.",
  consequence = {
    customer = "Exposed to fraud or harm, and not warned in time if their data has gone astray.",
    business = "A data breach handled late or hidden, regulatory fines, card-payment compliance problems and lost trust.",
  },
  source = "Northway Energy: Handling customer data, section 4",
  weight = 3,
  critical = false,
}

principle "policy.abusive-contact" {
  kind = "policy", policy = "service-standards",
  group = "Northway Energy policy",
  title = "Warn once, then end an abusive call and report it",
  requires = "Stay patient with upset callers; if a caller is abusive, warn them once, end the call if it "
    .. "continues, and report it the same day (no warning needed for a threat of violence: end the call at "
    .. "once and report it straight away).",
  consequence = {
    customer = "Other callers wait while an abusive call drags on, or a merely upset caller is cut off unfairly.",
    business = "Staff harmed and unsupported, incidents unrecorded, and the employer's duty to protect staff unmet.",
  },
  source = "Northway Energy: Service standards, section 7",
  weight = 2,
  critical = false,
}

principle "policy.service-standards" {
  kind = "policy", policy = "service-standards",
  group = "Northway Energy policy",
  title = "Greet, give your name, own it, call back when promised",
  requires = "Greet the caller and give your name, listen first, explain in plain English, own the "
    .. "problem, say what happens next, and call back by the time promised.",
  consequence = {
    customer = "Feels ignored or passed around and has to chase for answers.",
    business = "Poor satisfaction, repeat calls, complaints and damage to Northway's reputation.",
  },
  source = "Northway Energy: Service standards, section 1",
  weight = 2,
  critical = false,
}
