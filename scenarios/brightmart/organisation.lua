-- Brightmart: high-street and online electricals retailer.
-- Policy documents the learner can open during play, and Brightmart's version of each generic
-- policy.* rubric id. Policies add to customers' legal rights and never take them away
-- (checked against the law set out in docs/law.md). In the policy text, "(the law: ...)"
-- marks a customer's legal right or a legal duty restated for staff; everything else is Brightmart's
-- own rule, which Brightmart could change. The scoring follows the same split: a law restated here
-- is scored under its law principle, and only Brightmart's own rules under the policy.* ids.

organisation {
  id = "brightmart",
  name = "Brightmart",
  sector = "High-street and online electricals retailer",
  about = "Brightmart sells electrical goods, from kettles and toasters to laptops and TVs, through "
    .. "120 high-street shops and its website. Shop service desks and the Customer Contact Centre "
    .. "(phone, email and web chat) handle returns, repairs, deliveries and complaints.",
}

policy "refunds" {
  title = "Refunds and returns",
  text = [[
1. The law comes first. Faulty goods, and goods not as described or not fit for purpose, are covered by
   the Consumer Rights Act 2015. This policy adds to those rights and never takes them away. The
   customer's contract is with Brightmart: never send them to the manufacturer (the law: the
   retailer is responsible; a maker's guarantee is extra, never instead).
2. Faulty within 30 days (the law: Consumer Rights Act ss.20 and 22): the customer may reject it for a
   full refund; do not insist on a repair or a replacement. The 30 days start the day after they
   received it (or after we told them it was installed).
3. How to refund (the law: s.20): the full price, with no fee and no deduction for use, to the payment
   method used (cash for cash) unless the customer agrees otherwise, within 14 days of agreeing it.
   Brightmart's own standard is tighter: do it the same day.
4. Refund limit (Brightmart's rule): you may authorise refunds up to £50 yourself. A refund over £50
   needs a supervisor's approval before you process it. This is an authorisation check, never a reason
   to refuse or delay a refund the customer is entitled to by law.
5. Faulty after 30 days (the law: ss.19 and 23): offer a repair or a replacement. The customer chooses;
   we refuse their choice only if it is impossible or disproportionate (far more costly than the other),
   and we pay all the costs. In the first 6 months after delivery, treat the fault as there from the
   start unless we can show otherwise.
6. If one repair or one replacement has not put it right (whether the same fault or another), or it was
   not done in a reasonable time, the customer may choose a refund or a price reduction (the law: s.24).
   Nothing is deducted for use within 6 months of delivery.
7. Proof of purchase: no law says a customer must keep a till receipt; they only need to show they
   bought it from us. Brightmart's rule: never insist on the receipt. Accept any reasonable proof: a bank
   or card statement, a banking app, an order confirmation or our own till records.
8. Change of mind (shop purchases) is Brightmart's goodwill, not the law: unused, boxed items returned
   within 30 days with proof of purchase get a refund or exchange, and because we publish this we keep it.
   For online orders, see "Online orders, deliveries and cancellations".
]],
}

policy "online-orders" {
  title = "Online orders, deliveries and cancellations",
  text = [[
1. Delivery (the law: Consumer Rights Act s.28): we deliver by the date agreed at checkout, or within
   30 days if no date was agreed.
2. Until the item is in the hands of the customer (or someone they asked us to leave it with), it
   is Brightmart's responsibility (the law: s.29). If a parcel is lost, damaged on the way, or shows
   as delivered but the customer has not got it, we investigate with the courier and re-send or
   refund. Brightmart's rule: never ask the customer to chase the courier, a neighbour or anyone else
   for it; recovering a parcel is our job.
3. Change of mind (the law: Consumer Contracts Regulations 2013): online and phone orders can be
   cancelled for any reason within 14 days, starting the day after the customer receives the goods
   (for split deliveries, the last item).
4. The customer sends the goods back within 14 days of telling us (the law), or returns them free to
   any shop (Brightmart's offer). The law lets us ask the customer to pay for posting goods back only
   because our checkout and returns page tell them so in advance.
5. Cancellation refund (the law): everything paid, including standard delivery (not the extra for a
   premium delivery option), to the same payment method, with no fee, within 14 days of getting the
   goods back or proof of posting, whichever comes first. The only deduction the law allows is for
   handling beyond what a shop would allow; Brightmart's rule is that it needs a team leader's approval.
6. Items that cannot be cancelled once delivered (the law): personalised or made-to-order items; sealed
   audio, video or software once unsealed; sealed hygiene items (such as in-ear headphones) once
   unsealed. Always check for a fault first: faulty items are covered by "Refunds and returns".
7. Faulty online items: follow "Refunds and returns". We pay the cost of sending faulty goods back
   (the law); we do it by collection or a prepaid label.
]],
}

policy "complaints" {
  title = "Complaints procedure",
  text = [[
1. A complaint is any expression of dissatisfaction, spoken or written, in a shop, by phone,
   email, web chat or social media. The customer does not have to use the word "complaint".
2. Put it right at the first contact if you can, within your authority. Log it even if you do.
3. Log every complaint on the complaints system the same day: who, what happened, what the
   customer wants and what you have done so far.
4. Service levels: acknowledge every complaint within 1 working day (email or letter) with a
   reference number, the name of the person handling it and when they will next hear from us.
   Update the customer at least every 10 working days. Send a final response within 8 weeks at
   the latest: our decision, the reasons and what we will do.
5. Investigate fairly: check the records, speak to the staff involved and look at the item.
6. If our complaints process ends without agreement, the final response must be in writing
   (letter or email) and must say that we cannot settle the complaint, give the name and website
   of the competent alternative dispute resolution (ADR) provider listed on the complaints system,
   and say whether Brightmart will use it (the law: ADR Regulations 2015 reg 19). Retailers do not
   have to belong to an ombudsman: never promise one. The customer's legal rights are not affected:
   the small claims court and, for a credit-card purchase over £100, a claim against the card
   provider (Consumer Credit Act s.75). They can also ask their bank about a chargeback.
   Trading Standards does not settle individual complaints: a customer who wants advice, or to
   report us, can contact the Citizens Advice consumer service, which passes reports on to Trading
   Standards.
7. Follow up: once it is resolved, check with the customer that the solution worked.
8. Learn: team leaders review complaint logs every week for repeat causes and report trends to
   the shop or contact-centre manager so the root cause gets fixed.
9. A complaint about how we have handled someone's personal data is also a data-protection
   complaint: see "Handling customer data", section 9.
]],
}

policy "identity" {
  title = "Identity checks and account security",
  text = [[
The law (UK GDPR) requires us to keep customers' personal data secure. These checks are how
Brightmart does that: the questions below are Brightmart's procedure, not wording set by law.
1. Check identity before you discuss or change any order, delivery, repair or My Brightmart
   account. By phone, email or web chat: the customer's full name and order or account number,
   then two security questions (delivery postcode, the email address on the account, or the
   order total). In a shop: the order confirmation or collection code and the card used to pay.
2. Ask, don't tell: the customer gives the details and you check them. Never give hints or read
   details out for the caller to confirm ("Is it 14 Hollins Road?"): that gives the answers away,
   so the check proves nothing. Reading a customer's own details back to them is not a data breach,
   but if the caller turns out not to be the customer, whatever you read out has gone to the wrong
   person: a personal data breach to report (see "Handling customer data", section 4). If the checks fail, share nothing
   about the order or account and explain other ways to get help (visit a shop, or reply from the
   email address on the account).
3. General questions (stock, prices, opening hours, how returns work) need no identity check.
4. Third parties: deal with someone else only if they are recorded as a nominated person on the
   order or account, we hold a registered power of attorney, or the customer is with you or on
   the line and agrees for that contact. Otherwise you may take a message, nothing more.
5. Adding an authorised person to an account needs the account holder's own consent, given
   directly by the account holder after passing security, never passed on by someone else.
6. Customers who cannot use phone checks: accept calls through text relay or video relay (British
   Sign Language) and ask the security questions as normal; or offer email, web chat or any shop.
   These alternatives are free. Record the adjustment, with the customer's agreement, so they
   do not have to ask again.
7. Record on the contact record how identity was checked and whether it passed.
]],
}

policy "data-handling" {
  title = "Handling customer data",
  text = [[
1. Collect only what the task needs. Do not ask for extra details "just in case".
2. Never ask for, write down or read out a full card number, and never ask for the security code
   or PIN. Take card payments only through the till terminal or the secure payment line. Refer to
   a card by its last four digits only.
3. Look up a customer's record only when your work needs it. Looking up a friend, neighbour or
   ex-partner is a disciplinary matter, and knowingly or recklessly obtaining or passing on personal
   data without Brightmart's consent can be a criminal offence (the law: Data Protection Act 2018
   s.170).
4. Incidents: if personal data reaches the wrong person (a misdirected email, a wrong address
   label, someone else's receipt, details given to the wrong caller) or a device or paperwork is
   lost, report it to the Data Protection Team at once, even if it seems minor. Never try to fix
   it quietly. The Data Protection Team decides whether the regulator and the customer are told.
5. Notes must be factual, accurate and professional: what was said, what was done, what happens
   next. Label any opinion as an opinion. Customers can ask to see their notes.
6. A request from a customer for the information we hold about them, in any words and by any
   channel, is a subject access request. Log the date and pass it to the Data Protection Team the
   same day. The law: it is normally free and must be answered within one month of receiving it
   (or of receiving proof of identity, if we genuinely need it); the Data Protection Team can extend
   that in complex cases. Never insist on a form or a fee. Once a request is made, never change, delete or
   hide anything it covers: that can be a criminal offence (Data Protection Act 2018 s.173). If a
   note is wrong, add a dated correction.
7. If a customer says their details are wrong, check and correct them promptly and note the
   change. Pass requests to delete data to the Data Protection Team.
8. Lock your screen when you leave it; keep paperwork off the counter; shred it when done.
9. A complaint about how we have handled someone's data ("you sent my details to someone else",
   "you ignored my request") is a data-protection complaint. Log it and pass it to the Data
   Protection Team the same day. The law: it must be acknowledged within 30 days and the outcome
   given without undue delay. The customer can also complain to the Information Commissioner.
]],
}

policy "escalation" {
  title = "Escalation and limits of authority",
  text = [[
1. What you can authorise yourself: refunds up to £50 ("Refunds and returns", section 4), and one
   goodwill gesture per complaint up to £20 (a gift card or a refunded delivery charge).
2. What needs a supervisor's approval first: refunds over £50; goodwill over £20; and any
   exception to a published rule (for example a change-of-mind return after 30 days). Get the
   approval before you say yes. Do not promise what you cannot authorise.
3. Never refuse or delay a customer's legal rights to stay inside your limit: escalate instead.
4. Also escalate when the customer asks for a manager, when you cannot resolve a complaint,
   when a product may be unsafe (overheating, smoke, sparks, an injury), or when there are threats.
5. How to hand over: give the supervisor a short summary (who the customer is, what happened,
   what has been done, what they want and what decision is needed) so the customer does not have
   to repeat it. Agree who owns it and by when.
6. Tell the customer who will deal with it, what happens next and when. If nobody is free, book
   a callback with the owner's name and a time, and record it.
]],
}

policy "service-standards" {
  title = "Service standards",
  text = [[
1. Greet every customer promptly: in a shop, acknowledge them within a minute even if you are
   busy; on the phone or in chat, greet them and give your first name.
2. Listen first. Ask questions to understand what the customer needs; use plain English, not
   jargon or product codes.
3. Own it: whoever the customer reaches first owns the problem until it is resolved or properly
   handed over. Never say "that's not my department".
4. Say what happens next and when. If you promise a callback, call back by the time promised,
   even if it is only to give an update.
5. Record every contact (shop visit about an order, return or repair, call, email or chat) on the
   customer's record before you move on: the reason, what was agreed and the next step.
6. Treat every customer fairly and with respect. Offer adjustments such as a seat, large print,
   a lower counter or relay services without being asked twice, and never charge for them.
7. Abusive or threatening contact: an upset customer deserves patience, but staff do not have to
   accept abuse (swearing at staff, insults, discriminatory remarks, threats). Warn the customer
   once, calmly, that you will end the conversation if it continues. If it continues, end it: on
   the phone or in chat, end the contact; in a shop, step away and call the duty manager. Report
   it on the incident form the same day. If anyone is threatened with violence, get to safety and
   call the duty manager (and the police if needed) without a warning first. This procedure is
   Brightmart's, not wording set by law: the law makes Brightmart responsible for protecting staff
   from abuse and violence, and asks staff to follow these arrangements and report every incident.
8. Keep the shop safe: clear or cordon spills and trailing cables at once and report them.
]],
}

-- Brightmart's versions of the generic policy ids ----------------------------------------------

principle "policy.refund-limit" {
  kind = "policy", policy = "refunds",
  group = "Brightmart policy",
  title = "Refunds over £50 need a supervisor",
  requires = "Authorise refunds up to £50 yourself; get a supervisor's approval before processing "
    .. "a refund over £50, without refusing or delaying a refund the customer is legally owed.",
  consequence = {
    customer = "Kept waiting for a refund they could have had straight away, or given one that is later questioned.",
    business = "Unapproved large refunds create losses and fraud risk; needless referrals of small refunds waste time and annoy customers.",
  },
  source = "Brightmart: Refunds and returns, section 4",
  weight = 2,
  critical = false,
}

principle "policy.goodwill-limit" {
  kind = "policy", policy = "escalation",
  group = "Brightmart policy",
  title = "Goodwill gestures up to £20 without a supervisor",
  requires = "Offer at most one goodwill gesture of up to £20 per complaint yourself; anything more "
    .. "needs a supervisor's approval before it is promised.",
  consequence = {
    customer = "Is promised something that is later withdrawn, which makes the complaint worse.",
    business = "Bound by, or forced to go back on, a promise made without authority; inconsistent treatment of customers.",
  },
  source = "Brightmart: Escalation and limits of authority, section 1",
  weight = 2,
  critical = false,
}

principle "policy.log-contact" {
  kind = "policy", policy = "service-standards",
  group = "Brightmart policy",
  title = "Record every contact",
  requires = "Record every contact about an order, return, repair or complaint on the customer's "
    .. "record before moving on: the reason, what was agreed and the next step.",
  consequence = {
    customer = "Has to repeat the story next time, and promises made to them are forgotten.",
    business = "No evidence of what was agreed, repeat contacts, and no data to spot recurring problems.",
  },
  source = "Brightmart: Service standards, section 5",
  weight = 2,
  critical = false,
}

principle "policy.security-questions" {
  kind = "policy", policy = "identity",
  group = "Brightmart policy",
  title = "Identity checks before discussing an order or account",
  requires = "Check the customer's name, order or account number and two security questions "
    .. "(or the order confirmation and payment card in a shop) before discussing or changing an "
    .. "order, delivery, repair or account; ask for the details rather than reading them out, give no "
    .. "hints and share nothing if the checks fail.",
  consequence = {
    customer = "If the caller is not who they say, order details, address or refunds fall into the wrong hands (fraud, stalking, diverted deliveries).",
    business = "A check that proves nothing: if the caller is not the customer, what was shared is a personal data breach, with losses from fraudulent refunds or redirected orders and regulatory action.",
  },
  source = "Brightmart: Identity checks and account security, sections 1 and 2 (Brightmart's way of keeping data secure under UK GDPR Article 5(1)(f))",
  weight = 3,
  critical = false,
}

principle "policy.authorised-person" {
  kind = "policy", policy = "identity",
  group = "Brightmart policy",
  title = "Third parties only with the account holder's consent",
  requires = "Deal with a third party only if they are recorded as nominated, hold a registered "
    .. "power of attorney, or the customer agrees there and then; adding an authorised person needs "
    .. "the account holder's own consent, given directly.",
  consequence = {
    customer = "Someone else can see or change their orders and personal details without their say.",
    business = "An unauthorised disclosure (a data breach) and complaints from the real account holder.",
  },
  source = "Brightmart: Identity checks and account security, sections 4 and 5",
  weight = 2,
  critical = false,
}

principle "policy.complaint-sla" {
  kind = "policy", policy = "complaints",
  group = "Brightmart policy",
  title = "Acknowledge in 1 working day, final response within 8 weeks",
  requires = "Acknowledge every complaint within 1 working day with a reference and an owner, "
    .. "update at least every 10 working days, and send a final response within 8 weeks.",
  consequence = {
    customer = "Left not knowing whether anyone is dealing with the complaint, and chasing for answers.",
    business = "Complaints escalate, repeat contacts cost money, and the ADR provider sees a poor record.",
  },
  source = "Brightmart: Complaints procedure, section 4",
  weight = 2,
  critical = false,
}

principle "policy.escalation" {
  kind = "policy", policy = "escalation",
  group = "Brightmart policy",
  title = "Escalate beyond your authority, with a summary, an owner and a time",
  requires = "Escalate when a decision is beyond your authority or the situation calls for it, "
    .. "hand over with a short summary, agree an owner and a time, and tell the customer.",
  consequence = {
    customer = "Passed around, asked to repeat everything, or left without a decision.",
    business = "Decisions made without authority, lost cases and complaints about the handover itself.",
  },
  source = "Brightmart: Escalation and limits of authority, section 5",
  weight = 2,
  critical = false,
}

principle "policy.data-handling" {
  kind = "policy", policy = "data-handling",
  group = "Brightmart policy",
  title = "Handle data securely and report incidents at once",
  requires = "Collect only what is needed, never ask for or read out a full card number, access "
    .. "records only for work, keep notes factual, and report any misdirected or disclosed data "
    .. "to the Data Protection Team at once.",
  consequence = {
    customer = "Exposed to fraud or harm, and not warned in time if their data has gone astray.",
    business = "A data breach handled late or hidden, regulatory fines, card-payment compliance problems and lost trust.",
  },
  source = "Brightmart: Handling customer data, sections 1 to 5",
  weight = 3,
  critical = false,
}

principle "policy.abusive-contact" {
  kind = "policy", policy = "service-standards",
  group = "Brightmart policy",
  title = "Warn once, then end an abusive contact and report it",
  requires = "Stay patient with upset customers; if a customer is abusive, warn them once, end the "
    .. "contact if it continues, and report it the same day (no warning needed for threats of violence).",
  consequence = {
    customer = "Other customers wait while one abusive contact drags on, or a merely upset customer is cut off unfairly.",
    business = "Staff harmed and unsupported, incidents unrecorded, and the employer's duty to protect staff unmet.",
  },
  source = "Brightmart: Service standards, section 7",
  weight = 2,
  critical = false,
}

principle "policy.service-standards" {
  kind = "policy", policy = "service-standards",
  group = "Brightmart policy",
  title = "Greet, give your name, own it, call back when promised",
  requires = "Greet the customer promptly and give your name, listen first, use plain English, own "
    .. "the problem, say what happens next, and call back by the time promised.",
  consequence = {
    customer = "Feels ignored or passed around and has to chase for answers.",
    business = "Poor satisfaction, repeat contacts and damage to Brightmart's reputation.",
  },
  source = "Brightmart: Service standards, sections 1 to 4",
  weight = 2,
  critical = false,
}
