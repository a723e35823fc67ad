-- Frontline scenario: a customer complains, without using the word, that his order confirmation
-- went to a stranger, and that marketing texts keep coming after he said no.
-- Organisation: Brightmart (electricals retailer: shops + online), Customer Contact Centre, phone.
-- Law: the data-protection complaints duty (DPA 2018 s.164A, inserted by the Data (Use and Access)
-- Act 2025, in force for complaints received from 19 June 2026): log it, acknowledge within 30 days,
-- respond without undue delay with progress updates; the customer may also go to the ICO at any time.
-- Data sent to the wrong person is a personal data breach, reported internally at once (UK GDPR
-- Arts 33-34); wrong data is corrected without undue delay (Art 16). Checked against docs/law.md,
-- sections 5.6, 5.7 and 5.10. The marketing opt-out is scored only as ownership and first-contact
-- resolution, not as a legal rule.

scenario {
  id = "brightmart.data-protection-complaint",
  title = "An email to a stranger",
  brief = "You're taking calls in Brightmart's Customer Contact Centre. It's Tuesday 7 July 2026. Patrick Mensah bought a "
    .. "£899 television in the Worthing store on Saturday, for delivery this Friday. He's ringing about an email. "
    .. "You can change contact details and marketing preferences on a customer's account once they have passed security, "
    .. "and you log complaints on the complaints system. Brightmart's Data Protection Team handles data incidents and "
    .. "complaints about how Brightmart uses personal data.",
  organisation = "brightmart",
  role = "Customer service adviser, Brightmart Customer Contact Centre (phone)",
  level = 3,
  minutes = 14,
  topics = { "data-protection", "complaints", "data-breach", "record-keeping", "heat" },
  customer = { name = "Patrick Mensah", look = "man-in-his-seventies", mood = 35 },
  start = "opening",
  state = {
    stage = "start",
    mistake = "none",
    heard = false,
    verified = false,
    skipped = false,
    leading = false,
    rigid = false,
    disclosed = false,
    disclosure_reported = false,
    disclosure_hidden = false,
    blamed = false,
    reported = false,
    overpromised_ico = false,
    hidden = false,
    email_fixed = false,
    extra_data = false,
    marketing = "on",
    told_feedback = false,
    told_form = false,
    complaint = "none",
    ico = "none",
    compensation = "none",
    note = "none",
    check_note = "none",
  },
}

-- How the last security answers went, for the next node's stage direction (read only by text).
local function check_line(s)
  if s.check_note == "total" then
    return "He gives the postcode, BN13 2LX, and the total, £899. Both match the order."
  elseif s.check_note == "after-slip" then
    return "He gives the total, £899. It matches the order."
  elseif s.check_note == "leading" then
    return "'Yes, that's me,' he says."
  end
  return ""
end

-- Where the call picks up again after the learner puts a mistake right.
local function resume(s)
  if s.stage == "start" then return "story" end
  if s.stage == "checking" then return "email_check" end
  if s.stage == "order" then return "report" end
  if s.stage == "complaint" then return "complaint" end
  if s.verified then return "order" end
  return "security"
end

node "opening" {
  narration = "The call comes through from the queue. The caller speaks slowly and carefully, as if he has rehearsed what he wants to say.",
  customer = "Good morning. My name's Patrick Mensah. A woman I've never met rang me last night. She'd had an email from "
    .. "Brightmart about my new television, with my name, address and phone number on it. I'd like to know how.",
  choice { "I'm sorry to hear that. Orders taken in a shop are keyed in by that shop's own staff, so the quickest way to find "
      .. "out what went wrong is to ring the Worthing store directly. I can give you their number.", id = "store",
    go = "pushback", mood = -15, set = { mistake = "store", stage = "start" },
    breach = { "heat.own", "policy.service-standards" },
    why = "You can see the order from here, and you're the person he reached. Brightmart's service standards say whoever the "
      .. "customer reaches first owns the problem: never pass them on with 'that's not my department'." },
  choice { "That must have been unsettling. Tell me what happened, from the start.", id = "hear",
    go = "story", mood = 10, set = { heard = true },
    credit = { "heat.hear", "heat.empathise" },
    why = "He's shaken and has clearly rehearsed this. Letting him tell it, and saying you can see why it's unsettling, "
      .. "comes before any checks or fixes." },
  choice { "Before we go any further I need to check who I'm speaking to. What's your order number?", id = "security-first",
    go = "security", mood = -5,
    breach = "heat.hear",
    why = "You will need to check his identity before opening the order, but cutting in with it before he's finished "
      .. "tells him you're not listening. Hear him out, then do security." },
}

node "story" {
  narration = function(s)
    local t = check_line(s)
    if t == "" then return "He takes a breath." end
    return t
  end,
  customer = function(s)
    local t = "She said her name was Pat. She'd had an email confirming 'my order': a fifty-five-inch television, delivery this "
      .. "Friday morning, to my address, with my mobile number on it. She found my number in it and rang to tell me. Decent of her. "
      .. "But a stranger now knows where I live and when an expensive television is arriving. I hardly slept."
    if s.verified then
      return "Thank you. Now, as I was trying to say. " .. t
    end
    return t
  end,
  choice { "Please try not to worry. An order confirmation has no card or bank details on it, so nothing anyone could use "
      .. "has been shared. She sounds honest, and she's probably deleted it already.", id = "minimise",
    go = "pushback", mood = -15, set = { mistake = "minimise", stage = "heard", check_note = "none", heard = true },
    breach = { "heat.empathise", "complaint.investigate" },
    why = "His address, his phone number and the day an £899 television arrives are exactly what worries him, and you haven't "
      .. "looked at the order yet. Reassurance before the facts dismisses both him and the problem." },
  choice { "I'm sorry. That's a worrying thing to hear from a stranger. So I can open the order, can I take the order number and a couple of security details?", id = "verify",
    when = "not verified",
    go = "security", mood = 5, set = { heard = true },
    credit = "heat.apologise",
    why = "A sincere apology for what he's been through, then a short reason for the security check he needs before you open the order." },
  choice { "I'm sorry. That's a worrying thing to hear from a stranger. You've passed security, so I'll open the order now.", id = "look",
    when = "verified",
    go = "order", mood = 5, set = { check_note = "none", heard = true },
    credit = "heat.apologise",
    why = "An apology for what he's been through, then straight on to the facts." },
  choice { "I'm sorry. Let me find it: I'll search under Mensah in Worthing and tell you what was sent and where.", id = "lookup",
    when = "not verified",
    go = "order", mood = 5, set = { skipped = true, verified = true, heard = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "Searching by a surname and a town, and reading out what's on the order, tells its contents to anyone who knows his "
      .. "name. Brightmart's check is the order number, the name and two security answers." },
}

node "security" {
  customer = "Of course. I've got the receipt from the shop in front of me. The order number is BM50362914, and it's in my name, Patrick Mensah.",
  choice { "Thanks. I've got it up: Mr P. Mensah, 14 Larch Close, Worthing, delivery on Friday. Is that you?", id = "leading",
    go = function(s)
      if s.heard then return "order" end
      return "story"
    end,
    mood = 5, set = { leading = true, verified = true, check_note = "leading" },
    breach = "policy.security-questions",
    why = "Reading his address out and asking him to agree is a leading question. It gives away the answer you were meant to "
      .. "check, so it proves nothing: anyone holding his receipt could say yes. He is Patrick, so nothing reached anyone who "
      .. "shouldn't have it, but you couldn't know that. The caller gives the answers; you only check them." },
  choice { "Thank you. Can you tell me the delivery postcode, and the email address you gave in the shop?", id = "email",
    go = "email_check",
    why = "Both are Brightmart security questions, so this is allowed. But think about what he's told you: the email on this "
      .. "order may be the very thing that's wrong." },
  choice { "Thank you. Can you tell me the delivery postcode and the total you paid?", id = "postcode-total",
    go = function(s)
      if s.heard then return "order" end
      return "story"
    end,
    set = { verified = true, check_note = "total" },
    credit = { "dpa.verify-identity", "policy.security-questions" },
    why = "The order number, the name and two security answers are Brightmart's check. Choosing the postcode and the total, "
      .. "rather than an email address that may be wrong on the order, gets a clean answer." },
}

node "email_check" {
  narration = function(s)
    if s.rigid then
      return "The postcode matched. The email he gave doesn't match the one typed on the order."
    end
    return "He gives the postcode, BN13 2LX, which matches. Then he spells his email address. It isn't the one typed on the order: "
      .. "that is the same name at a different email provider."
  end,
  customer = function(s)
    if s.rigid then
      return "So what now?"
    end
    return "Is something wrong? That's the only email address I've ever had."
  end,
  choice { "That's not what we've got. The order has your name at a different provider. I'll spell it: is it an old address of yours?", id = "read-out",
    go = "disclosed", mood = -5, set = { disclosed = true, stage = "checking" },
    breach = { "dpa.third-party-authority", "policy.data-handling" },
    why = "The address on the order isn't his: it's almost certainly the woman's who got the email. Reading it out discloses a "
      .. "stranger's personal data to someone with no right to it, which is the very mistake he's ringing about." },
  choice { "I'm afraid that doesn't match what we hold, so I can't go any further on the phone. You'd need to take your receipt "
      .. "and bank card into a Brightmart shop, and they can help you there.", id = "fail",
    when = "not rigid",
    go = "pushback", mood = -15, set = { mistake = "rigid", stage = "checking", rigid = true },
    breach = { "heat.own", "service.first-contact-resolution" },
    why = "Brightmart's checks allow the postcode, the email or the order total. One answer not matching, on an order he says "
      .. "has the wrong email, isn't a failed check: ask another question rather than send him to a shop." },
  choice { "It doesn't match the order, which fits what you've told me, so I won't use it. Can you tell me the total you paid instead?", id = "other-question",
    go = function(s)
      if s.heard then return "order" end
      return "story"
    end,
    set = { verified = true, check_note = "after-slip" },
    credit = { "dpa.verify-identity", "policy.security-questions" },
    why = "The mismatch is evidence for his story, not against him. Swap to another of Brightmart's security questions, and say "
      .. "nothing about what the order holds." },
}

node "disclosed" {
  narration = function(s)
    if s.stage == "stranger" then
      return "You've just given him a stranger's email address, which she never agreed to share with anyone."
    end
    return "As you say it, it sinks in: that address isn't his. It belongs to the stranger who got his email."
  end,
  customer = function(s)
    if s.stage == "stranger" then
      return "Thank you. I'll drop her a line tonight."
    end
    return "A different provider? No, that's not mine. So that's her email, is it?"
  end,
  choice { function(s)
      local t = "I'm sorry, I shouldn't have given you that: it's somebody else's. Please don't use it or keep it. "
        .. "I have to report that to our Data Protection Team, and I'm doing it now."
      if s.stage ~= "stranger" then
        t = t .. " Then, to finish checking it's you: what was the total you paid?"
      end
      return t
    end,
    id = "report-it",
    go = function(s)
      if s.stage == "stranger" then return "email_fix" end
      if s.heard then return "order" end
      return "story"
    end,
    mood = -5, minutes = 2, set = { disclosure_reported = true, verified = true, check_note = "after-slip" },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "You can't take back what you said, but you can ask him not to use it and report it at once. That is what the law "
      .. "and Brightmart's data-handling policy expect, even for a slip that seems minor." },
  choice { function(s)
      if s.stage == "stranger" then
        return "No problem. Right, let's carry on."
      end
      return "It looks like it. Anyway, can you tell me the total you paid, so we can carry on?"
    end,
    id = "carry-on",
    go = function(s)
      if s.stage == "stranger" then return "email_fix" end
      if s.heard then return "order" end
      return "story"
    end,
    set = { disclosure_hidden = true, verified = true, check_note = "after-slip" },
    breach = "dpa.breach-report",
    why = "Giving out her email address was a disclosure of her personal data to someone with no right to it: a personal data "
      .. "breach. It has to be reported to the Data Protection Team at once, not left unsaid." },
}

node "order" {
  narration = function(s)
    local t = "The order opens. It was keyed in the Worthing store on Saturday 4 July at 15:12: a 55-inch television, £899, "
      .. "delivery Friday 10 July between 7am and 1pm. The email on the order is a real address, but not his. The order "
      .. "confirmation went to it two minutes later. Marketing preference: 'texts and email: yes'."
    if s.skipped then
      return "You search by surname and town. One order comes up. " .. t
    end
    local c = check_line(s)
    if c ~= "" then return c .. " " .. t end
    return t
  end,
  customer = "Well? Can you see how it happened?",
  choice { "I can. Whoever served you in Worthing typed your email in wrong. To be honest, the shops rush these orders at "
      .. "weekends and we see it a lot. I'll make sure that store hears about it.", id = "blame-shop",
    go = "report", mood = -5, set = { blamed = true, stage = "order", check_note = "none" },
    breach = "service.professional",
    why = "It's fine to say the wrong address was keyed in the shop. Running down colleagues to a customer isn't: it makes "
      .. "Brightmart look worse, and nobody yet knows why it happened." },
  choice { "Yes. The email typed on the order isn't yours, so the confirmation went to someone else's inbox. That's our mistake, and I'm sorry.", id = "honest",
    go = "report", mood = 5, set = { stage = "order", check_note = "none" },
    credit = { "complaint.investigate", "service.clear-language" },
    why = "You've checked the record, and you tell him plainly what it shows and whose mistake it was, without reading out "
      .. "the other address." },
  choice { "The email on the order is the one given at the till, so it may have been a slip in how it was spelt out. Do you "
      .. "remember spelling it for the assistant?", id = "doubt",
    go = "pushback", mood = -15, set = { mistake = "doubt", stage = "order", check_note = "none" },
    breach = { "service.professional", "complaint.investigate" },
    why = "There's no evidence he gave it wrongly, and it doesn't change what matters: Brightmart sent his data to the wrong "
      .. "place. Hinting that it's his fault puts him on the defensive." },
}

node "report" {
  customer = "So a stranger has my address, my phone number and the day a nine-hundred-pound television turns up at my door. What happens about that?",
  choice { "It's a data breach, so I'm reporting it to our Data Protection Team now, while you're on the line. They'll contact "
      .. "her to ask her to delete it, and decide what else is needed.", id = "report",
    go = function(s)
      if s.disclosed then return "email_fix" end
      return "stranger"
    end,
    mood = 5, minutes = 2, set = { reported = true },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "Reported internally, at once, by you. The Data Protection Team can contain it and decide about the ICO within the "
      .. "time the law allows." },
  choice { "I'm passing it to our Data Protection Team now. Because it's a data breach, they're legally bound to report it to the "
      .. "Information Commissioner within 72 hours, and to write to you about it.", id = "ico-promise",
    go = function(s)
      if s.disclosed then return "email_fix" end
      return "stranger"
    end,
    mood = 5, minutes = 2, set = { reported = true, overpromised_ico = true },
    credit = "dpa.breach-report",
    breach = "service.expectations",
    why = "Reporting it internally at once is right. But a breach goes to the ICO unless it is unlikely to put anyone at risk, "
      .. "and Brightmart's Data Protection Team decides that, and whether he is written to. Don't promise what they decide." },
  choice { "The main thing is that it can't happen again, so I'll correct the email on the order now and nothing more will go to "
      .. "her. There's no need to turn it into a big investigation.", id = "quiet-fix",
    go = function(s)
      if s.disclosed then return "email_fix" end
      return "stranger"
    end,
    set = { hidden = true, email_fixed = true },
    breach = { "dpa.breach-report", "policy.data-handling" },
    why = "His data reached the wrong person: that is a personal data breach. It must be reported to the Data Protection Team at "
      .. "once, so they can ask her to delete it and decide who needs to be told. Fixing it quietly hides it." },
}

node "stranger" {
  customer = "She withheld her number, so I couldn't even thank her properly. What's her email address? I'd like to thank her, "
    .. "and ask her to delete the thing while I'm at it.",
  choice { "I can't tell you anything about her, or what happens next. Once something is a data protection matter it's "
      .. "confidential, I'm afraid, even from the customer.", id = "stonewall",
    go = "email_fix", mood = -10,
    breach = { "heat.own", "policy.service-standards" },
    why = "Her details are private, but what Brightmart is doing about his data isn't a secret from him. Brightmart's standards "
      .. "say tell the customer what happens next; refusing to say anything leaves him more anxious than before." },
  choice { "Of course. It's your name at a different provider; I'll spell it out for you so you can drop her a line.", id = "give-email",
    go = "disclosed", mood = 5, set = { disclosed = true, stage = "stranger" },
    breach = { "dpa.third-party-authority", "policy.data-handling" },
    why = "Her email address is her personal data, and he has no right to it, however good his reasons. Giving it out is an "
      .. "unauthorised disclosure: a second breach on top of the first." },
  choice { function(s)
      if s.hidden then
        return "I can't give out her details, just as we'd never give out yours. But I'll make sure nothing more goes to her."
      end
      return "I can't give out her details, just as we'd never give out yours. Our Data Protection Team will contact her and ask her to delete it."
    end,
    id = "decline",
    go = "email_fix",
    credit = "dpa.third-party-authority",
    why = "He has a kind reason, but no right to her data. Decline briefly, with the reason he'll recognise, and tell him what "
      .. "happens instead." },
}

node "email_fix" {
  customer = function(s)
    if s.email_fixed then
      return "And that's definitely changed now? Only the delivery updates and whatnot come by email too."
    end
    return "And I take it the delivery emails will keep going to her as well, until somebody changes it?"
  end,
  choice { "I'd rather not change anything on the order now. Editing a record after a problem can look like altering the "
      .. "evidence, so it's safest to leave the email as it is for the moment.", id = "leave",
    when = "not email_fixed",
    go = "texts", mood = -10,
    breach = "dpa.rectification",
    why = "Correcting a wrong email is what the law expects, without undue delay, and a dated note of the change hides nothing. "
      .. "Leaving it means Friday's delivery emails go to the stranger as well." },
  choice { function(s)
      if s.email_fixed then
        return "Her address is off it. Can you spell your own email for me? I'll put it on the order and your account, and note the change."
      end
      return "Not once I've fixed it. Can you spell your email for me? I'll put it on the order and your account, and note the change."
    end,
    id = "fix",
    go = "texts", mood = 5, minutes = 2, set = { email_fixed = true },
    credit = "dpa.rectification",
    why = "His email on the order is wrong, so correct it now, on the order and his account, with a note of the change." },
  choice { "I'll put your own email on, and to tighten things up I'll add your date of birth and a second phone number to the "
      .. "account, so it's better protected from now on.", id = "extra",
    go = "texts", minutes = 2, set = { email_fixed = true, extra_data = true },
    credit = "dpa.rectification",
    breach = "dpa.minimisation",
    why = "Correcting the email is right. Collecting his date of birth and another number isn't: Brightmart doesn't need them "
      .. "for this order, and more data held is more data at risk." },
}

node "texts" {
  narration = function(s)
    if s.email_fixed then
      return "He spells his email address, and you put it on the order and his account with a dated note of the change."
    end
    return "He sighs."
  end,
  customer = "While you're in there. I told the young man in the shop: no marketing. Since Saturday I've had four of your sale texts. I'd like them stopped.",
  choice { "Done: I've switched off all marketing on your account, texts and email, and noted that you'd said no in the shop.", id = "off",
    go = "complaint", mood = 10, set = { marketing = "off" },
    credit = { "service.first-contact-resolution", "heat.own" },
    why = "A request you can action yourself: do it on the call, and record that it was against what he'd asked for in the shop." },
  choice { "Marketing preferences are looked after by our marketing team rather than customer service, I'm afraid. You can "
      .. "change them yourself in My Brightmart under Settings, or reply STOP to the next one.", id = "dept",
    go = "complaint", mood = -10, set = { marketing = "dept" },
    breach = { "policy.service-standards", "heat.own" },
    why = "You can change his preferences from where you are. Sending him to another team, or to a website, is 'not my "
      .. "department', which Brightmart's service standards rule out." },
  choice { "Just reply STOP to the next one. That takes you off the list.", id = "stop",
    go = "complaint", mood = -5, set = { marketing = "stop" },
    breach = { "service.first-contact-resolution", "heat.own" },
    why = "He's asked you, and you can do it now. Leaving him to wait for another unwanted text, then do it himself, "
      .. "turns a one-minute fix into his job." },
}

node "complaint" {
  customer = function(s)
    if s.told_feedback or s.told_form then
      return "Go on, then."
    end
    if s.mood < 30 then
      return "I don't make a fuss as a rule. But somebody needs to find out how this happened, and make sure it doesn't happen to the next person."
    end
    return "I'm not one for making a fuss. But I would like somebody to find out how this happened, and make sure it doesn't happen to the next person."
  end,
  choice { "That's really useful feedback, thank you. As you're not making a formal complaint, I'll pass it on to the Worthing "
      .. "store manager, so they can remind staff to double-check email addresses.", id = "feedback",
    when = "not told_feedback",
    go = "pushback", mood = -15, set = { mistake = "feedback", stage = "complaint", told_feedback = true },
    breach = { "dpa.complaints-duty", "complaint.log", "policy.complaint-sla" },
    why = "He doesn't have to say the word 'complaint'. He's unhappy with how Brightmart handled his data and wants it looked "
      .. "into: under Brightmart's procedure and the new data-protection complaints duty, that's a complaint. Log it with the date, "
      .. "so it is acknowledged and answered." },
  choice { "I'll log that as a complaint for our Data Protection Team. Under the new data law we have 30 days to resolve "
      .. "data complaints, so you'll have an answer by 6 August at the latest.", id = "thirty",
    go = "ico", set = { complaint = "thirty" },
    credit = "complaint.log",
    breach = { "dpa.complaints-duty", "policy.complaint-sla" },
    why = "Logging it is right. But 30 days is the deadline to acknowledge a data-protection complaint, not to resolve it: the "
      .. "outcome is due without undue delay, with progress updates. And Brightmart acknowledges within one working day." },
  choice { function(s)
      local t = "That's a complaint about how we handled your data, so I'm logging it now, dated today, for our Data Protection Team. "
      if s.email_fixed then
        return t .. "You'll get a reference and a named handler by email by the end of tomorrow, and updates as they investigate."
      end
      return t .. "You'll get a reference and a named handler by letter by the end of tomorrow, and updates as they investigate."
    end,
    id = "log",
    go = "ico", mood = 10, minutes = 3, set = { complaint = "logged" },
    credit = { "dpa.complaints-duty", "complaint.log", "complaint.acknowledge", "policy.complaint-sla" },
    why = "You recognise a data-protection complaint without making him ask, log it with today's date and route it to the team "
      .. "that handles it. The law allows up to 30 days to acknowledge; Brightmart does it within one working day, with a reference and an owner." },
  choice { "Of course. Data complaints have to be made in writing, so I'll text you a link to our online complaints form. "
      .. "Once it comes in, the Data Protection Team will pick it up.", id = "form",
    when = "not told_form",
    go = "pushback", mood = -10, set = { mistake = "form", stage = "complaint", told_form = true },
    breach = { "dpa.complaints-duty", "complaint.log", "policy.complaint-sla" },
    why = "He's just made his complaint, by phone. Brightmart accepts complaints spoken or written, and the law asks the business "
      .. "to make complaining easy: a form is one way to complain, never a condition. Waiting for a form also delays the "
      .. "acknowledgement Brightmart owes him within one working day. Log what he's told you." },
}

node "ico" {
  customer = "And the Information Commissioner? I read there's a new rule about complaints like this. Should I be going to them as well?",
  choice { function(s)
      if s.complaint == "logged" then
        return "You can go to them at any time; you don't have to wait for us. They'll usually ask if you've raised it with us first, so keep your reference."
      end
      return "You can go to them at any time; you don't have to wait for us. They'll usually ask if you've raised it with us first, which you have."
    end,
    id = "either",
    go = "compensation", mood = 5, set = { ico = "told" },
    credit = "dpa.complaints-duty",
    why = "Accurate and short: he may complain to the ICO whenever he chooses, and the ICO generally expects the business to "
      .. "have had the first chance, which his complaint to you now gives Brightmart." },
  choice { "There's no need to involve the Information Commissioner. They won't look at anything until we've finished our own "
      .. "investigation, and going to them now would only slow things down for you.", id = "no-need",
    go = "compensation", set = { ico = "discouraged" },
    breach = "dpa.complaints-duty",
    why = "He can complain to the ICO whenever he likes: no law makes him wait for Brightmart. The ICO generally expects the "
      .. "business to have had the chance to look first, but putting him off going misstates his position." },
  choice { "Honestly, yes: they're the experts on data, and they can make us pay you compensation. They'll get to the bottom "
      .. "of it far quicker than we would.", id = "send-away",
    go = "compensation", mood = -5, set = { ico = "sent" },
    breach = { "heat.own", "service.expectations" },
    why = "He may go to the ICO, but steering him there as the better option walks away from Brightmart's own duty to look into "
      .. "his complaint. 'Quicker' and 'compensation' are promises nobody here can make." },
}

node "compensation" {
  customer = "One last thing. Am I owed anything for all this? I've had a sleepless night over it.",
  choice { "No. Nothing has actually happened to you, so there's nothing to compensate.", id = "nothing",
    go = "notes", mood = -15, set = { compensation = "refused" },
    breach = { "complaint.investigate", "heat.empathise" },
    why = "Whether anything is due is for the complaint investigation to decide, and distress can count. Ruling it out on "
      .. "the spot prejudges his complaint and brushes off the sleepless night." },
  choice { "I can't promise that on this call. Tell the Data Protection Team about the sleepless night: it's part of your complaint, and they'll answer it.", id = "honest",
    go = "notes", set = { compensation = "complaint" },
    credit = { "service.expectations", "service.limits-of-authority" },
    why = "Honest about what you can't decide, and clear about where the question will be answered." },
  choice { "You are. A data breach like this means compensation, so you'll definitely get something. I'll put £100 on your "
      .. "account today as a start, and the Data Protection Team can add to it.", id = "promise",
    go = "notes", mood = 10, set = { compensation = "promised" },
    breach = { "policy.goodwill-limit", "service.limits-of-authority", "service.expectations" },
    why = "An adviser may give one goodwill gesture of up to £20 per complaint; £100 needs a supervisor's approval first. And "
      .. "whether compensation is due is for the investigation to decide, not a certainty to promise." },
}

node "notes" {
  narration = "Before you close the call, you write the note on his account while he waits.",
  choice { function(s)
      local t = "(You type:) 'Called 7 Jul. "
      if s.skipped then
        t = t .. "Order found by surname and town; no ID check. "
      elseif s.leading then
        t = t .. "ID: order no., name; address read out and confirmed by cust, no security Qs. "
      elseif s.verified then
        t = t .. "ID: order no., name, 2 security Qs, passed. "
      end
      t = t .. "Order confirmation of 4 Jul went to an email keyed in store that isn't cust's. "
      if s.reported then t = t .. "Reported to DP Team as an incident. " end
      if s.disclosed then
        t = t .. "Other person's email address given to cust in error"
        if s.disclosure_reported then t = t .. "; reported to DP Team. " else t = t .. ". " end
      end
      if s.email_fixed then t = t .. "Email corrected on order and account. " end
      if s.marketing == "off" then t = t .. "All marketing switched off at cust's request. " end
      return t .. "Data-protection complaint logged 7 Jul.'"
    end,
    id = "factual",
    go = function(s)
      if s.hidden or s.disclosure_hidden then return "breach_hidden" end
      if s.disclosed then return "details_shared" end
      return "with_dp_team"
    end,
    set = { note = "factual" },
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "Facts only: how you checked who he was, what went wrong, what you did and what happens next. The next adviser can pick it up." },
  choice { "(You type:) 'Cust anxious and a bit muddled about emails; probably gave the shop the wrong address. Threatening "
      .. "to go to the ICO. Sorted.'", id = "opinion",
    go = function(s)
      if s.hidden or s.disclosure_hidden then return "breach_hidden" end
      if s.disclosed then return "details_shared" end
      return "with_dp_team"
    end,
    set = { note = "opinion" },
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "The record shows the email was keyed wrongly, he asked a question about the ICO rather than threatening anyone, and "
      .. "'muddled' is an unlabelled opinion. He can see this note if he asks for his data, and it records nothing that was done." },
  choice { "(You type:) 'Confirmation sent to another person's email (the same name at another provider, full address copied "
      .. "below); she rang cust from a withheld number. Complaint logged.'", id = "overshare",
    go = function(s)
      if s.hidden or s.disclosure_hidden then return "breach_hidden" end
      if s.disclosed then return "details_shared" end
      return "with_dp_team"
    end,
    set = { note = "overshare" },
    credit = "policy.log-contact",
    breach = "dpa.minimisation",
    why = "The stranger's email address has no place on his record: he could see it in a copy of his data. The Data Protection "
      .. "Team's incident record is where her details belong, if anywhere." },
}

node "pushback" {
  customer = function(s)
    local t
    if s.mistake == "store" then
      t = "The shop? I've rung Brightmart. You are Brightmart. Why should I chase a shop about an email your company sent?"
    elseif s.mistake == "minimise" then
      t = "With respect, you haven't even looked yet. A stranger knows where I live and when a television's arriving. That isn't nothing."
    elseif s.mistake == "rigid" then
      t = "Go into a shop? I've got the receipt in my hand. The email's wrong on your system. That's the whole reason I'm ringing!"
    elseif s.mistake == "doubt" then
      t = "I wrote it down for him on a slip of paper, in capitals. I've been spelling my own name for seventy-four years."
    elseif s.mistake == "feedback" then
      t = "Feedback? I'm not giving you feedback. You sent my details to a stranger. I want it looked into properly."
    else
      t = "A form? I've just told you all of it. Why should I write it all out again?"
    end
    if s.mood < 15 then
      return t .. " I'm starting to think I'd do better going straight to the Information Commissioner."
    end
    return t
  end,
  choice { function(s)
      if s.mistake == "store" then
        return "You're right, I'm sorry. It's ours to sort, not the shop's. Tell me what happened."
      elseif s.mistake == "minimise" then
        if s.verified then
          return "You're right, I'm sorry. I spoke before I'd looked. Let me look properly."
        end
        return "You're right, I'm sorry. I spoke before I'd looked. Let me check it's you, then look properly. What's the order number?"
      elseif s.mistake == "rigid" then
        return "You're right, I'm sorry. We don't need the email. Let's use another question instead."
      elseif s.mistake == "doubt" then
        return "I'm sorry, that was unfair. However it happened, we sent your details to the wrong place."
      elseif s.mistake == "feedback" then
        return "You're right, I'm sorry. What you've told me is a complaint, and it will be treated as one."
      end
      return "You're right, I'm sorry. You've told me already, and that's all it takes."
    end,
    id = "apologise",
    go = function(s)
      return resume(s)
    end,
    mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "A short, real apology that owns the mistake, then straight back to sorting it. He shouldn't have to argue twice." },
  choice { "I do understand you're frustrated, but I can only follow the process I've been given.", id = "insist",
    go = "gone_to_ico", mood = -20,
    breach = { "heat.own", "service.professional" },
    why = "Hiding behind 'the process' tells him nobody at Brightmart will own this. He'll take it elsewhere, and Brightmart "
      .. "loses the chance to put it right first." },
}

-- Ending summaries: what actually happened on this route.
local function extras(s)
  local t = ""
  if s.skipped or s.leading then
    t = t .. " You opened the order without a proper identity check, so its details could have gone to anyone who knew his name or held his receipt."
  end
  if s.overpromised_ico then
    t = t .. " You promised him an ICO report and a letter, which only the Data Protection Team can decide on."
  end
  if s.email_fixed then
    t = t .. " His email was corrected, so nothing more goes to her."
  else
    t = t .. " His email was left wrong, so Friday's delivery emails will go to the stranger too."
  end
  if s.extra_data then
    t = t .. " You also collected a date of birth and a second number Brightmart didn't need."
  end
  if s.marketing == "off" then
    t = t .. " The marketing texts were stopped on the call."
  else
    t = t .. " He still has to stop the marketing texts himself."
  end
  if s.complaint == "thirty" then
    t = t .. " He was told Brightmart has 30 days to resolve it: 30 days is only the deadline to acknowledge, and the answer is due without undue delay."
  end
  if s.ico == "told" then
    t = t .. " He knows he may also go to the ICO whenever he chooses."
  elseif s.ico == "discouraged" then
    t = t .. " He was wrongly put off going to the ICO."
  elseif s.ico == "sent" then
    t = t .. " He was steered towards the ICO as the better option, with promises nobody can keep."
  end
  if s.compensation == "promised" then
    t = t .. " You promised £100, five times what an adviser can give without approval."
  elseif s.compensation == "refused" then
    t = t .. " You ruled out compensation before anyone had investigated."
  end
  if s.note == "opinion" then
    t = t .. " The account note records opinions, not what was done."
  elseif s.note == "overshare" then
    t = t .. " The account note copies the stranger's email address onto his record."
  end
  return t
end

ending "with_dp_team" {
  kind = "escalated",
  customer = function(s)
    if s.mood >= 50 then
      return "Thank you. That's all I wanted: somebody to take it seriously."
    end
    return "Right. Well, we'll see what they say."
  end,
  summary = function(s)
    return "Patrick's order confirmation went to a stranger because the wrong email was keyed in the shop. You reported it to the "
      .. "Data Protection Team at once as a personal data breach, and logged his complaint about how Brightmart handled his data, "
      .. "dated the day he made it, for the team to acknowledge (within 30 days by law, one working day at Brightmart) and answer "
      .. "without undue delay." .. extras(s)
  end,
}

ending "breach_hidden" {
  kind = "unresolved",
  customer = "Right. Well, thank you, I suppose.",
  summary = function(s)
    local t
    if s.hidden then
      t = "Patrick's order confirmation went to a stranger, a personal data breach, and you fixed it quietly instead of reporting it. "
        .. "The Data Protection Team doesn't know, so nobody has asked her to delete it, and nobody is deciding whether the ICO "
        .. "must be told: the law expects that without undue delay, and where feasible within 72 hours, unless the breach is "
        .. "unlikely to put anyone at risk."
    else
      t = "Patrick's confirmation went to a stranger, a personal data breach you reported. But you also gave him the stranger's "
        .. "email address and didn't report that: her data has been disclosed too, and the Data Protection Team knows nothing about it."
    end
    if s.disclosed and s.hidden then
      if s.disclosure_reported then
        t = t .. " You also gave him the stranger's email address, though you reported that slip."
      else
        t = t .. " You also gave him the stranger's email address, and didn't report that either."
      end
    end
    return t .. extras(s)
  end,
}

ending "details_shared" {
  kind = "escalated",
  customer = "Right. I won't use that address, don't worry. But I'll be interested to hear what your people find.",
  summary = function(s)
    return "Patrick's complaint reached the Data Protection Team, but you gave him the stranger's email address: an unauthorised "
      .. "disclosure of her personal data, and a second breach on top of the one he rang about. You did report it at once, which "
      .. "limits the harm, but the disclosure itself can't be undone." .. extras(s)
  end,
}

ending "gone_to_ico" {
  kind = "lost",
  customer = "Then I'll take it to the Information Commissioner myself. Good morning.",
  summary = function(s)
    local t = "Patrick wanted Brightmart to look into how his data reached a stranger. Instead he was "
    if s.mistake == "feedback" then
      t = t .. "told his complaint was only feedback, and then that 'the process' left nothing more to do."
    elseif s.mistake == "form" then
      t = t .. "told to put his complaint on a form, and then that 'the process' left nothing more to do."
    elseif s.mistake == "store" then
      t = t .. "sent to the shop, and then told 'the process' left nothing more to do."
    elseif s.mistake == "rigid" then
      t = t .. "sent to a shop because one security answer didn't match the wrong email on the order."
    elseif s.mistake == "doubt" then
      t = t .. "told the mistake might have been his, and then that 'the process' left nothing more to do."
    else
      t = t .. "told it was probably nothing before anyone had looked, and then that 'the process' left nothing more to do."
    end
    t = t .. " His complaint was never logged, so Brightmart has lost the chance to put it right before the ICO hears about it."
    if s.hidden then
      t = t .. " You had also fixed the breach quietly instead of reporting it, so the Data Protection Team doesn't know about it."
    end
    if s.disclosed then
      if s.disclosure_hidden then
        t = t .. " You had given him the stranger's email address as well, and not reported it."
      else
        t = t .. " You had given him the stranger's email address as well, though you reported that slip."
      end
    end
    return t
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "with_dp_team" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.breach-report", grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { reachable = "gone_to_ico" }
