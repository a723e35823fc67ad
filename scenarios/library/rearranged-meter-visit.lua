-- Frontline scenario: a smart-meter exchange moved by text the evening before, after an earlier visit
-- where the engineer brought the wrong meter. Teaches the supplier Guaranteed Standards of Performance
-- (SI 2015/1544 regs 3, 8 and 9, £40 from 2 January 2025 under SI 2024/1166): a payment for each failure,
-- automatic, within 10 working days, a further £40 if late; not goodwill; the contractor acts for the
-- supplier; a new visit in a window of no more than 4 hours, at a time the customer can manage.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.rearranged-meter-visit",
  title = "The meter visit moved by text",
  brief = "You're on the phones in Northway Energy's contact centre. It's 8.05 on a Wednesday morning. Bethan Lloyd's electricity "
    .. "meter is due to be swapped for a smart meter by Calder Metering, the company that fits meters for Northway. "
    .. "Her visit was booked for 8 till 12 today. She is calling about a text she got last night. "
    .. "You can give goodwill of up to £30 yourself; anything more needs your team leader's approval first.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 3,
  minutes = 12,
  topics = { "energy-regulation", "complaints", "limits-of-authority", "ownership", "heat" },
  customer = { name = "Bethan Lloyd", look = "woman-in-her-thirties", mood = 30 },
  start = "opening",
  state = {
    mistake = "none",
    weak_check = false,
    investigated = false,
    gsop_told = false,
    goodwill = "none",
    pay_to = "account",
    credit_refund = "none",
    rebook = "none",
    promised_minute = false,
    complaint_logged = false,
    note = "none",
  },
}

node "opening" {
  narration = "The call connects. The caller is brisk, and she sounds as if she's been up since five.",
  customer = "Hi. I had a smart meter fitting booked for eight this morning. At twenty to eight last night I got a text moving it "
    .. "to Thursday, eight till six. I swapped a shift to be in today.",
  choice { "I'm sorry it's not convenient, but I can see Calder texted you yesterday evening, so you were given notice of the change, "
      .. "and Thursday's booked in already. Would Thursday work if they rang ahead?", id = "gave-notice",
    go = "notice_row", mood = -15, set = { mistake = "notice" },
    breach = { "ucp.misleading-rights", "heat.hear" },
    why = "A text at 7.40pm for an 8am visit is less than a working day's notice. Under the supplier standards (SI 2015/1544 reg 3), "
      .. "a visit may be moved less than a working day ahead only if the customer expressly agrees and the agreement is recorded. "
      .. "She didn't agree, so it's a failure, and a payment is owed. You also answered before hearing her out." },
  choice { "Oh no, after you'd swapped a shift too. I'm sorry. Tell me what's happened so far.", id = "hear",
    go = "story", mood = 10,
    credit = { "heat.hear", "heat.empathise" },
    why = "A short acknowledgement of what it cost her, then an open question. She'll tell you the whole story, including the part you don't know yet." },
  choice { "Can I take your account number and postcode first, please?", id = "security-first",
    go = "rushed", mood = -5, set = { mistake = "rushed" },
    breach = { "heat.hear", "heat.empathise" },
    why = "Security has to come before you discuss the account, but leading with it while she's explaining, without a word about "
      .. "the wasted shift swap, sounds like a script. Let her tell you what happened first." },
}

node "notice_row" {
  customer = "Notice? At twenty to eight at night, for an eight o'clock visit? I'd already swapped my shift. I texted back saying I couldn't do Thursday.",
  choice { "A text the day before counts as notice, I'm afraid, and Thursday is the slot the contractor has. I can't change how they schedule.", id = "insist",
    go = "lost_call", mood = -20, set = { mistake = "notice" },
    breach = { "ucp.misleading-rights", "energy.gsop-appointments", "heat.own" },
    why = "Wrong twice over. Less than a working day's notice, without her recorded agreement, is a failure under reg 3 and a £40 payment "
      .. "is owed, automatically. And the contractor books for Northway, so Northway owns the slot it offers her." },
  choice { "You're right, and I'm sorry. Moving it that late needs your agreement, and you didn't give it. Let me look into it properly.", id = "correct",
    go = "story", mood = 5, set = { mistake = "none" },
    credit = { "heat.apologise", "ucp.misleading-rights" },
    why = "You correct yourself straight away and get the rule right: a visit can only be moved less than a working day ahead with the customer's express, recorded agreement." },
}

node "rushed" {
  customer = "I'll give you my number in a minute. Let me finish first. This is the second time you've let me down over this meter.",
  choice { "Sorry, go ahead. What happened the first time?", id = "sorry-listen",
    go = "story", mood = 10, set = { mistake = "none" },
    credit = { "heat.apologise", "heat.hear" },
    why = "Owning the rushed start and handing the call back to her puts it on track. 'The second time' is a fact you need." },
  choice { "I understand, but I can't look at anything until you're through security, so it'll be quicker if we do that first. "
      .. "Then you can tell me everything and I'll have it all in front of me.", id = "press-on",
    go = "story", mood = -10,
    breach = { "heat.hear", "heat.empathise" },
    why = "You don't need the account open to listen. She has just told you this is the second failure, and you've talked over it again. "
      .. "Hear her out, then do security." },
}

node "story" {
  customer = function(s)
    local t = ""
    if s.mistake == "rushed" then t = "Fine. " end
    return t .. "The first visit was three weeks ago. The engineer came at eleven, looked at my meter and said he'd brought the wrong type. "
      .. "Mine's a two-rate one, Economy 7. He just left. Today was meant to be the redo."
  end,
  choice { "Thanks. So I can look, can I just have your postcode and date of birth?", id = "weak-check",
    go = "security_check", set = { weak_check = true },
    breach = "policy.security-questions",
    why = "Northway's identity procedure asks for the full name, the supply address or account number, and two security questions. "
      .. "A postcode is shared by a whole street, and one question is half the check." },
  choice { "Two wasted visits. Let's sort it. Your full name and address, please, then your date of birth and your last payment amount.", id = "security",
    go = "security_check", mood = 5,
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "She gives the details and you check them against the account, as Northway's procedure asks, before you discuss anything on it." },
  choice { "If you've still got the text, read me the job reference from it. I can find the booking from that, which saves us going through "
      .. "all the security questions, and it's quicker for you.", id = "job-ref",
    go = "security_check", set = { weak_check = true },
    breach = "policy.security-questions",
    why = "A job reference sits in a text message anyone with her phone could read. It doesn't show you're speaking to the account holder. "
      .. "Northway's procedure is name, address or account number, and two security questions." },
}

node "security_check" {
  narration = function(s)
    if s.weak_check then
      return "The booking and her account open on your screen. You haven't checked anything only the account holder would know."
    end
    return "Her name, address, date of birth and last payment all match the account. She's through security."
  end,
  customer = "So what's gone wrong, and what are you going to do about it?",
  choice { "To be fair to us, both visits were Calder's, not Northway's. They're a separate company with their own diary and their "
      .. "own complaints line, so it's really them you'd need to take this up with. I've got their number.", id = "contractor",
    go = "contractor_row", mood = -15, set = { mistake = "contractor" },
    breach = { "heat.own", "ucp.misleading-rights", "energy.gsop-appointments" },
    why = "Calder fits meters for Northway: a contractor acts for the supplier, so its failures are Northway's. The exemption for "
      .. "a third party's acts doesn't cover the supplier's own agents (reg 9). She booked with Northway, and Northway owes her the payments." },
  choice { "I'm sorry. It's a very busy time for meter fitting, and with contractors these things do happen sometimes, unfortunately. "
      .. "Let's see what we can do for you.", id = "these-things",
    go = "vague_row", mood = -10, set = { mistake = "vague" },
    breach = { "heat.own", "complaint.investigate" },
    why = "'These things happen' brushes off two failed visits before you've even looked at what went wrong. Check the job notes, then own it." },
  choice { "Let me open the job notes for both visits, so I'm working from what actually happened.", id = "investigate",
    go = "findings", minutes = 2, set = { investigated = true },
    credit = "complaint.investigate",
    why = "The notes tell you exactly what failed and what has or hasn't been paid, so what you tell her next is fact, not a guess." },
}

node "contractor_row" {
  customer = "I didn't book Calder. I booked Northway. It was your name on the text. I'm not ringing round to find out whose fault it is.",
  choice { "I understand, but it's their engineer and their diary, so it's theirs to put right. All I can do is pass on their number.", id = "insist",
    go = "lost_call", mood = -20,
    breach = { "heat.own", "ucp.misleading-rights", "energy.gsop-appointments" },
    why = "Repeating it doesn't make it true. The contractor acts for Northway, the duty to keep the appointment is Northway's, "
      .. "and so are the payments. She's left with nowhere to go but a complaint about you." },
  choice { "You're right, sorry. Calder work for us, so their failures are ours to sort out, not yours. Let me open the job notes.", id = "correct",
    go = "findings", mood = 5, minutes = 2, set = { investigated = true, mistake = "none" },
    credit = { "heat.own", "ucp.misleading-rights", "complaint.investigate" },
    why = "You put the rule right (the contractor acts for Northway) and take the problem back. Then you look at the facts." },
}

node "vague_row" {
  customer = "Busy? I'm busy. I swapped a shift for this. Don't tell me these things happen. What actually went wrong?",
  choice { "Fair enough, that was a brush-off. Let me open the job notes for both visits now.", id = "look",
    go = "findings", mood = 5, minutes = 2, set = { investigated = true, mistake = "none" },
    credit = { "heat.apologise", "heat.own", "complaint.investigate" },
    why = "Admitting the brush-off and then checking the facts rescues the call." },
  choice { "Honestly, it's the volume. Calder have had a lot of engineers off sick lately. I'm sure Thursday will go fine, though.", id = "busy-again",
    go = "lost_call", mood = -20, set = { mistake = "vague" },
    breach = { "heat.own", "service.expectations" },
    why = "A second excuse and a promise about Thursday you can't keep. You still haven't looked at what happened, and she has had enough." },
}

node "findings" {
  narration = "Job notes. Visit 1, three weeks ago: engineer on site 11.10 with a single-rate meter, her supply is two-rate, job abandoned. "
    .. "Visit 2: moved by Calder at 19.40 last night, route overbooked.",
  customer = "Well? And before you ask, nobody's paid me anything for the first one. Not a penny.",
  choice { "I'm so sorry about both visits. What I can do is put £30 on your account today as a goodwill gesture, which is the most "
      .. "I'm allowed to give, and make sure Thursday's engineer brings a two-rate meter.", id = "goodwill-30",
    go = "payment_row", mood = -5, set = { mistake = "goodwill" },
    breach = { "energy.gsop-appointments", "ucp.misleading-rights" },
    why = "Both visits failed a guaranteed standard: the wrong meter (reg 3(9), someone without the resources the job needs) and the "
      .. "late change (reg 3(7)). Each carries a statutory £40, automatic, and the first is overdue. That isn't goodwill, and your £30 limit doesn't touch it." },
  choice { "Last night's change counts, so that's £40, within ten working days. The first visit doesn't qualify, I'm afraid: the engineer "
      .. "did attend, and the payment is for appointments nobody turns up to.", id = "turned-up",
    go = "payment_row", mood = -10, set = { mistake = "turned-up" },
    breach = { "energy.gsop-appointments", "ucp.misleading-rights" },
    why = "'Only if nobody turns up' is a myth. Sending someone without the right equipment fails the standard too (reg 3(9)). "
      .. "And because nothing was paid within ten working days, a further £40 is due on top." },
  choice { "I'm sorry, we failed you twice. The law sets £40 for each: the wrong-meter visit and last night's change. The first is overdue, "
      .. "so a further £40. That's £120, no claim needed.", id = "statutory",
    go = "goodwill", mood = 10, set = { gsop_told = true },
    credit = { "energy.gsop-appointments", "ucp.misleading-rights", "heat.apologise", "heat.own" },
    why = "Exactly right. Each failure carries £40 under SI 2015/1544 (as raised by SI 2024/1166), paid within ten working days without a claim. "
      .. "The first one wasn't paid in time, so the additional £40 is due as well (reg 8(3))." },
  choice { "You should get something for both. The way it works is I raise a complaint, the complaints team check the job with Calder, "
      .. "and if it's upheld they pay £30 for each failed visit. It can take up to eight weeks.", id = "claim",
    go = "payment_row", mood = -10, set = { mistake = "claim" },
    breach = { "energy.gsop-appointments", "ucp.misleading-rights" },
    why = "Two myths. The payment has been £40 since January 2025, not £30, and it's automatic: Northway must pay within ten working days "
      .. "of the failure, with no claim or complaint. Making her wait eight weeks would itself earn her another £40." },
  choice { "Both were our fault, so I'll put £40 goodwill on for each, £80 in all. Strictly that's over my £30 limit, but nobody will "
      .. "query it when it's this clear-cut.", id = "goodwill-80",
    go = "payment_row", mood = 5, set = { mistake = "goodwill" },
    breach = { "energy.gsop-appointments", "policy.goodwill-limit", "service.limits-of-authority" },
    why = "The £40s aren't goodwill: they're statutory payments, and calling them goodwill means the overdue £40 gets missed. "
      .. "And if it really were goodwill, £80 is well over your £30 limit without a team leader's approval." },
}

node "payment_row" {
  customer = function(s)
    if s.mistake == "turned-up" then
      return "He turned up with the wrong meter and went away again. How is that not a failed visit? My booking email said something "
        .. "about guaranteed standards and a set payment."
    end
    return "Hang on. My booking email said something about guaranteed standards, and a set payment if you don't keep an appointment. Isn't that a thing?"
  end,
  choice { "That email's just the general terms. In practice it's all handled as goodwill now, and what I've offered is what's available.", id = "double-down",
    go = "lost_call", mood = -20, set = { mistake = "doubled" },
    breach = { "energy.gsop-appointments", "ucp.misleading-rights", "heat.own" },
    why = "The guaranteed standards are law, not general terms, and Northway can't swap them for goodwill. She's owed £40 for each failure "
      .. "and a further £40 for the late first payment, and now she's been told otherwise twice." },
  choice { "You're right, sorry. It's a legal payment, not goodwill: £40 for each failed visit, plus £40 because the first is overdue. "
      .. "£120, and you don't need to claim.", id = "correct",
    go = "goodwill", mood = 5, set = { gsop_told = true, mistake = "none" },
    credit = { "energy.gsop-appointments", "ucp.misleading-rights", "heat.apologise" },
    why = "You correct yourself with the right figures: £40 per failure under the supplier standards, the additional £40 because the first "
      .. "wasn't paid within ten working days, and no claim needed." },
}

node "goodwill" {
  customer = "Right. A hundred and twenty. Thanks. And the shift I swapped? I owe my colleague a Saturday now. Is there anything for that?",
  choice { "Definitely. Giving up a Saturday is worth more than a token, so I'll add £75 goodwill for that on top of the £120. "
      .. "You'll see it all on your account within the week.", id = "seventy-five",
    go = "over_limit", mood = 10, set = { goodwill = "over" },
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "Generous, but not yours to give. Goodwill over £30 needs your team leader's approval before you offer it." },
  choice { "The £120 is the compensation for the visits, and it's meant to cover your time as well, so there isn't anything extra I can "
      .. "add on top of that, I'm afraid. It's more than some suppliers pay.", id = "nothing-more",
    go = "pay_method", mood = -10,
    breach = { "heat.empathise", "heat.own" },
    why = "Northway's policy lets you give up to £30 goodwill per complaint yourself, so 'nothing extra' isn't true, and comparing her "
      .. "with other suppliers' customers dismisses what the swap cost her." },
  choice { "I can add £30 goodwill for the swapped shift, on top of the £120. That's as much as I can give myself.", id = "thirty",
    go = "pay_method", mood = 5, set = { goodwill = "thirty" },
    credit = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "Goodwill on top of the statutory payments, within your own authority, and honest about the limit." },
  choice { "I'll do £30 now and another £30 next week as a separate goodwill payment, so it comes to £60 without needing "
      .. "a team leader to sign it off.", id = "split",
    go = "pay_method", mood = 5, set = { goodwill = "split" },
    breach = { "policy.goodwill-limit", "service.seek-approval", "service.limits-of-authority" },
    why = "Splitting a payment to slip under the limit is working round the control. If you think £60 is right, ask your team leader first." },
}

node "over_limit" {
  narration = "The goodwill screen won't take £75: \"Amount over your £30 authority. Refer to a team leader.\"",
  customer = "Everything all right? You've gone quiet.",
  choice { "Tell her it's all gone through, and sort the approval out with your team leader after the call.", id = "say-done",
    go = "pay_method",
    breach = { "service.reliability", "service.seek-approval", "service.limits-of-authority" },
    why = "It hasn't gone through, and it may never. Telling her it has sets up a broken promise on top of two failed visits." },
  choice { "Sorry, I got that wrong: I can only give £30 goodwill myself, so that's what's going on, on top of the £120.", id = "come-clean",
    go = "pay_method", mood = -5, set = { goodwill = "thirty" },
    credit = { "policy.goodwill-limit", "service.limits-of-authority", "heat.apologise" },
    why = "Awkward, but honest: you correct the promise at once and give what you can authorise." },
  choice { "Put it through as three separate payments, £30, £30 and £15, so the screen accepts each one.", id = "split-it",
    go = "pay_method", set = { goodwill = "split" },
    breach = { "policy.goodwill-limit", "service.seek-approval" },
    why = "That's deliberately getting round the approval Northway requires for goodwill over £30. Get approval, or give £30." },
}

node "pay_method" {
  customer = "Can the money go into my bank, rather than sit on the account? I'd rather have it now than see it knocked off bills over months.",
  choice { "These payments can only ever go on as account credit, I'm afraid. That's how the standards work. It'll come off your next "
      .. "bills automatically, so you won't need to do anything.", id = "account-only",
    go = "credit_back", mood = -5, set = { pay_to = "account" },
    breach = "ucp.misleading-rights",
    why = "Crediting the account is one way to pay, but the regulations say the supplier must not unreasonably refuse the method the "
      .. "customer asks for (reg 8(7)). She's asked for her bank, and there's no reason to refuse." },
  choice { "Yes. I'll have it paid to the bank account your direct debit comes from, the one ending 4471. Is that still right?", id = "bank",
    go = "credit_back", mood = 5, set = { pay_to = "bank" },
    credit = "policy.data-handling",
    why = "She can choose how she's paid, and you confirm the bank account by its last four digits only, as Northway's data policy says." },
  choice { "Of course. Read me the long number across the front of your bank card and the expiry date, and I'll have it sent "
      .. "straight back to that card for you.", id = "card-number",
    go = "credit_back", set = { pay_to = "card" },
    breach = { "policy.data-handling", "dpa.minimisation" },
    why = "Never take a full card number over the phone: Northway's policy forbids it, and you don't need it. "
      .. "Her bank details are already on the account; confirm them by the last four digits." },
}

-- Her account has been in credit since the summer: refunds of credit are hers to have, with a team
-- leader's check over £100 (Northway's billing policy, section 5).
node "credit_back" {
  customer = "And while you're on: the app says I've been £146 in credit since the summer. Can I have that back as well?",
  choice { "We'd normally hold on to a credit like that until the new meter's in and we've had a proper reading, in case "
      .. "your bills go up over the winter. Ask us again once the visit's done.",
    id = "hold-credit",
    go = "rebook", mood = -10, set = { credit_refund = "held" },
    breach = { "policy.refund-limit", "heat.own" },
    why = "She's asked for her own money back. Northway's policy is to refund credit on request, and a check is never a reason "
      .. "to keep money it owes." },
  choice { "Yes. Over £100 a team leader checks the account first; I'm sending it to them now, and then it goes to the bank "
      .. "account your direct debit comes from.", id = "refund-checked",
    go = "rebook", mood = 5, set = { credit_refund = "checked" },
    credit = { "policy.refund-limit", "service.expectations" },
    why = "Refunds of credit are hers to have. You can authorise up to £100 yourself; above that a team leader checks the account "
      .. "first, and you tell her what happens next." },
  choice { "Done: £146 back to your bank today. No need to involve anyone else.", id = "refund-now",
    go = "rebook", mood = 10, set = { credit_refund = "over" },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "A refund over £100 needs a team leader's check of the account first. Putting it through yourself goes beyond your "
      .. "authority, and money sent in error is hard to get back." },
}

node "rebook" {
  narration = "Calder's diary on your screen shows Monday, 4pm to 8pm, free in her area.",
  customer = "Now the visit. Thursday eight till six is no good, I'm on shift. Next week I'm on earlies, done by two. Could someone come Monday, after four?",
  choice { "Calder only book all-day slots now, eight till six, because of how they route their engineers, so an evening visit isn't "
      .. "something I can offer. I can do Monday eight till six, and ask them to ring ahead.", id = "all-day",
    go = "wrap", mood = -15, set = { rebook = "allday" },
    breach = { "ucp.misleading-rights", "heat.own" },
    why = "Not true. The supplier must offer a window of no more than four hours within working hours (8am to 8pm on a working day), and must "
      .. "not unreasonably refuse the time she asks for (reg 3). Monday 4 to 8 is free on the diary." },
  choice { "As Calder hold the diary, it's best you ring them to pick a slot that suits. I'll give you their number; they're open till six.", id = "ring-calder",
    go = "wrap", mood = -10, set = { rebook = "none" },
    breach = { "heat.own", "service.first-contact-resolution", "policy.service-standards" },
    why = "Whoever she reaches first owns the problem, and you can see the diary. Sending her to make another call, after two failed visits, passes the job back to her." },
  choice { "Monday 4 till 8 it is. I'll mark it urgent, so the engineer will definitely be there at four, and if they're a minute late, "
      .. "ring me and I'll add another £50.", id = "guarantee",
    go = "wrap", mood = 5, set = { rebook = "slot", promised_minute = true },
    credit = "heat.own",
    breach = { "service.expectations", "policy.goodwill-limit" },
    why = "Booking her slot is right, but you can't promise an engineer to the minute, and £50 of goodwill is over your limit. "
      .. "The window is 4 to 8; say that." },
  choice { "Monday, 4 till 8, is free. I'll book it, cancel Thursday, and note it's a two-rate meter so they bring the right one. You'll get a text confirming.", id = "book-slot",
    go = "wrap", mood = 10, set = { rebook = "slot" },
    credit = { "heat.own", "service.expectations", "service.first-contact-resolution" },
    why = "Her chosen time, a four-hour window within working hours, the wrong slot cancelled, and the cause of the first failure fixed." },
}

node "wrap" {
  customer = function(s)
    if s.mood < 30 then
      return "Whatever. And I want someone to know this has happened twice. It's not good enough."
    end
    return "OK. But I want someone to know this has happened twice. It's not good enough."
  end,
  choice { "Honestly, now that the payments are sorted there's no need to make it a formal complaint. It would only sit in a queue "
      .. "with the complaints team, and nothing more would come of it.", id = "no-need",
    go = "notes",
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "She has told you she's dissatisfied and wants it taken further: that's a complaint, and Northway logs every complaint, even one "
      .. "put right on the call. The complaint-handling rules for energy suppliers say the same." },
  choice { "I'll send feedback to Calder's area manager today, and note it on your account. That usually gets things moving faster "
      .. "than a formal complaint does.", id = "feedback",
    go = "notes",
    breach = "complaint.log",
    why = "Feedback to the contractor is no substitute for logging her complaint with Northway, which owns it. Log it, with a reference and timescales." },
  choice { "I'm logging it as a complaint now, reference NW-C-61907. You'll get an acknowledgement within a working day saying who's handling it.", id = "log",
    go = "notes", mood = 5, minutes = 2, set = { complaint_logged = true },
    credit = { "complaint.log", "policy.complaint-sla" },
    why = "A complaint logged on the call, with a reference and the acknowledgement time Northway promises." },
}

local function after_notes(s)
  if s.rebook == "slot" then return "booked" end
  return "visit_unresolved"
end

node "notes" {
  narration = "Before you take the next call, you write up the contact.",
  choice { function(s)
      local t = "Smart meter exchange. Visit 1 (3 weeks ago): engineer brought single-rate meter, supply is two-rate; job abandoned. "
        .. "Visit 2 (today 8-12): moved by Calder 19.40 yesterday, customer did not agree."
      if s.gsop_told then
        t = t .. " GSOP: 2 x £40 + £40 additional (visit 1 late) = £120, customer told."
      else
        t = t .. " GSOP: 2 x £40 + £40 additional (visit 1 late) = £120 due."
      end
      if s.pay_to == "bank" then t = t .. " To be paid to DD bank account (ending 4471) at her request." end
      if s.credit_refund == "checked" then t = t .. " Credit refund £146 requested, sent for TL check." end
      if s.credit_refund == "over" then t = t .. " Credit £146 refunded to bank (no TL check)." end
      if s.credit_refund == "held" then t = t .. " Asked for £146 credit back; told to ask after the visit." end
      if s.goodwill == "thirty" then t = t .. " £30 goodwill added." end
      if s.goodwill == "over" then t = t .. " £75 goodwill promised; over my authority, not approved." end
      if s.goodwill == "split" then t = t .. " Goodwill split into separate payments over my £30 limit, not approved." end
      if s.rebook == "slot" then t = t .. " Rebooked Mon 16-20, two-rate meter noted; Thu cancelled." end
      if s.rebook == "allday" then t = t .. " Rebooked Mon 8-18." end
      if s.promised_minute then t = t .. " Promised a further £50 if the engineer is late." end
      if s.complaint_logged then t = t .. " Complaint NW-C-61907." end
      return t
    end,
    id = "factual",
    go = after_notes, set = { note = "factual" },
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "What failed, when, what's owed and why, and what happens next. The payments can be checked against the standards, and the next adviser needn't ask her again." },
  choice { "Meter visit moved. Sorted.", id = "bare",
    go = after_notes, set = { note = "bare" },
    breach = "policy.log-contact",
    why = "Every contact must be recorded with the reason, what was agreed and the next step. This says none of that: not the two failures, the payments owed or the new date." },
  choice { function(s)
      local t = "Customer irate and quite demanding from the start. Two visits (wrong meter 3 weeks ago; moved last night), "
        .. "though she didn't reply to the text, so partly her own doing."
      if s.gsop_told then t = t .. " Told about the £120." end
      if s.rebook == "slot" then t = t .. " Insisted on an evening slot, Mon 16-20." end
      if s.complaint_logged then t = t .. " Complaint NW-C-61907. Likely to complain again." end
      return t
    end,
    id = "slanted",
    go = after_notes, set = { note = "slanted" },
    credit = "policy.log-contact",
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "It covers the call, but it's slanted: she did reply, refusing Thursday, and 'irate', 'demanding' and 'her own doing' are "
      .. "opinions written as fact. She can see this note through a subject access request." },
  choice { "Record the £120 on the goodwill screen instead of the standards screen, with a note 'missed appts, cust unhappy'. "
      .. "It goes through today that way, with no failure report to fill in.", id = "as-goodwill",
    go = after_notes, set = { note = "goodwill" },
    credit = "policy.log-contact",
    breach = { "energy.gsop-appointments", "dpa.accurate-notes" },
    why = "The failures must be recorded as what they are. Booking statutory payments as goodwill hides the failures from Northway's "
      .. "own records of the standards, makes the record inaccurate, and means nobody checks the additional £40 was paid." },
}

ending "booked" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 55 then
      return "Right. Monday, four till eight. Thanks for actually sorting it."
    end
    return "Monday then. We'll see."
  end,
  summary = function(s)
    local t
    if s.gsop_told then
      t = "Bethan Lloyd knows the law gives her £40 for each failed visit and a further £40 because the first payment was late: £120, without a claim."
    else
      t = "Bethan Lloyd was never told the £120 the law gives her: £40 for each failed visit and a further £40 because the first was paid late."
    end
    if s.pay_to == "bank" then
      t = t .. " It's going to the bank account she chose."
    elseif s.pay_to == "card" then
      t = t .. " But you took her full card number to pay it, which Northway forbids."
    else
      t = t .. " She asked for it in her bank and was told, wrongly, that it could only be account credit."
    end
    if s.credit_refund == "checked" then
      t = t .. " Her £146 credit is on its way back after a team leader's check."
    elseif s.credit_refund == "over" then
      t = t .. " You refunded her £146 credit yourself, over your £100 limit, without the team leader's check."
    elseif s.credit_refund == "held" then
      t = t .. " She was told to wait for her own £146 credit, which Northway owes her now."
    end
    if s.goodwill == "thirty" then
      t = t .. " You added £30 goodwill, within your authority."
    elseif s.goodwill == "over" then
      t = t .. " You told her £75 goodwill had gone through when it was over your authority and hadn't."
    elseif s.goodwill == "split" then
      t = t .. " You split goodwill to get round your £30 limit without approval."
    end
    t = t .. " Her new visit is Monday, 4 to 8pm, the time she asked for."
    if s.promised_minute then
      t = t .. " But you promised an engineer to the minute and £50 more if late, which you can't guarantee or authorise."
    end
    if s.complaint_logged then
      t = t .. " Her complaint is logged with a reference."
    else
      t = t .. " Her complaint was never logged."
    end
    if s.note == "goodwill" then
      t = t .. " Booking the payments as goodwill hid both failures from Northway's records."
    elseif s.note ~= "factual" then
      t = t .. " The contact note doesn't give a fair, full account of the call."
    end
    return t
  end,
}

ending "visit_unresolved" {
  kind = "unresolved",
  customer = function(s)
    if s.rebook == "allday" then
      return "Eight till six. Another day off, then. Brilliant."
    end
    return "So I've got to ring someone else now. Great."
  end,
  summary = function(s)
    local t
    if s.rebook == "allday" then
      t = "Bethan Lloyd was told, wrongly, that only an all-day slot was possible. The law requires a window of no more than four hours, "
        .. "and she asked for a free slot within working hours. She'll lose another day, or the visit will fail again."
    else
      t = "Bethan Lloyd was sent to ring the contractor for a new visit, although you could see the diary. After two failed visits, "
        .. "she is left to sort out the third herself."
    end
    if s.gsop_told then
      return t .. " At least she knows the £120 the law gives her for the first two failures."
    end
    return t .. " Nobody told her the £120 the law gives her for the first two failures."
  end,
}

ending "lost_call" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = function(s)
    if s.mistake == "contractor" then
      return "Bethan Lloyd hung up after being told to take it up with the contractor. Calder acts for Northway: the failures, and the "
        .. "£40 payments for each, are Northway's. She'll be back, with a complaint."
    end
    if s.mistake == "doubled" then
      return "Bethan Lloyd hung up after being told the set payments she'd read about were only goodwill. The law gives her £40 for each "
        .. "failed visit and a further £40 because the first wasn't paid on time. Northway still owes it, and now has a complaint too."
    end
    if s.mistake == "notice" then
      return "Bethan Lloyd hung up after being told a text at 7.40pm counted as notice. Moving a visit less than a working day ahead "
        .. "without her recorded agreement is a failure under the supplier standards, and £40 is owed."
    end
    return "Bethan Lloyd hung up after a second brush-off. Nobody looked at what went wrong, nobody told her what she's owed, and her meter still isn't fitted."
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "booked" }
expect { worst_grade = "Refer" }
expect { breaching = "energy.gsop-appointments", grade = "Merit" }
