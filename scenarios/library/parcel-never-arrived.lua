-- Frontline scenario: an online order marked "delivered, left in safe place" that never arrived.
-- Organisation: Brightmart (electricals retailer: shops + online), online orders team, phone.
-- Law: the goods stay at the trader's risk until they are in the consumer's physical possession
-- (Consumer Rights Act 2015 s.29), so Brightmart investigates with its courier and re-sends or refunds.

scenario {
  id = "brightmart.parcel-never-arrived",
  title = "Delivered, says who?",
  brief = "You're taking calls for Brightmart's online orders team. Claire Dawson ordered a £120 pair of wireless "
    .. "headphones on the Brightmart website five days ago and paid by credit card. Brightmart's own courier, "
    .. "Brightmart Delivery, took it out yesterday, and the tracking now says 'Delivered: left in safe place'. "
    .. "She says she never got it. The headphones are her son's birthday present, and his birthday is tomorrow. "
    .. "Check who you're speaking to before you discuss the order.",
  organisation = "brightmart",
  role = "Customer service adviser, Brightmart online orders team (phone)",
  level = 2,
  minutes = 12,
  topics = { "consumer-rights", "complaints", "data-protection", "heat", "record-keeping" },
  customer = { name = "Claire Dawson", look = "woman-in-her-forties", mood = 20 },
  start = "opens",
  state = {
    stage = "start",
    mistake = "none",
    verified = false,
    skipped_security = false,
    disclosed = false,
    breach_reported = false,
    told_wait = false,
    remedy = "none",
    complaint_logged = false,
    note = "none",
    follow_up = false,
    safe_note = false,
    reserved = false,
    case_opened = false,
    approved = false,
    pushed = "none",
  },
}

node "opens" {
  narration = "The call connects. Before you've finished your greeting, the caller is talking over you.",
  customer = "Finally. Twenty minutes I've been on hold. Your website says my parcel was delivered yesterday. "
    .. "'Left in a safe place.' What safe place? There's nothing here. Nothing! And it's my son's birthday tomorrow.",
  choice { "Have you checked with your neighbours? Drivers often leave parcels next door if nobody's in.", id = "neighbours",
    go = "pushback", mood = -10, set = { mistake = "neighbours" },
    breach = "heat.hear",
    why = "It's a fair question later on, but asking it before she's even finished makes it sound as if finding the parcel is her job. Hear her out first." },
  choice { "I'm so sorry, that's the last thing you need the day before his birthday. Tell me what's happened.", id = "listen",
    go = "vent", mood = 10, credit = { "heat.hear", "heat.empathise", "heat.apologise" },
    why = "She's angry and worried. Letting her tell it, and showing you understand what's at stake, calms things down before you get to the details." },
  choice { "I'm sorry you're worried, but the tracking shows it was delivered yesterday and left in a safe place, so it will be "
      .. "somewhere at your property. Have a good look round the back, in the porch and behind the bins.", id = "it-was-delivered",
    go = "pushback", mood = -20, set = { mistake = "delivered" },
    breach = { "cra.risk-until-delivery", "heat.hear" },
    why = "A scan saying 'delivered' doesn't mean she has it. Until the goods are in her physical possession they're at Brightmart's risk (Consumer Rights Act s.29). Brushing her off leaves the loss with the wrong person." },
}

node "vent" {
  customer = function(s)
    local t = "I ordered headphones. The good ones, a hundred and twenty pounds, last Thursday. The tracking said yesterday, between one and three. "
      .. "I was at work. I never chose a safe place. I never ask them to leave anything anywhere. I got home and there was nothing. "
      .. "Not in the porch, not behind the bins, not in the shed. I've looked everywhere. "
    if s.mood < 25 then
      return t .. "Everywhere! And now I'm stood here on the phone to you instead of sorting out a party. "
        .. "It's Jake's fifteenth tomorrow. They're the only thing he asked for."
    end
    return t .. "It's Jake's fifteenth tomorrow, and they're the only thing he asked for."
  end,
  choice { "No problem. Just give me your surname and your street and I'll read you everything the driver logged.", id = "name-street",
    go = "tracking", mood = 5, set = { skipped_security = true, stage = "checked" },
    breach = "policy.security-questions",
    why = "Anyone on her street knows her name and address, so that checks nothing. It is Claire, as it turns out, so nothing reaches the wrong person, but if it hadn't been, reading out the order would have been a data breach. Use the order number, the name and the security questions." },
  choice { "Right, I'm sorry. The quickest way is to ring the Brightmart Delivery depot direct: they can see exactly where the driver "
      .. "dropped it and get it back out to you. I'll give you their number now.", id = "depot",
    go = "pushback", mood = -15, set = { mistake = "courier", stage = "heard" },
    breach = { "cra.risk-until-delivery", "heat.own" },
    why = "Her contract is with Brightmart, and the parcel was Brightmart's risk until it reached her. Sending her off to chase the courier hands our job to the customer." },
  choice { "That's really stressful, and I'm sorry. So I know it's you, can I take the order number and the name on it, "
      .. "then the delivery postcode and the email you ordered with?", id = "verify",
    go = "security", mood = 5, set = { stage = "heard" },
    credit = { "dpa.verify-identity", "policy.security-questions", "heat.empathise" },
    why = "The order shows her address, what she bought and how she paid. Check the caller against the order before you discuss it, and say briefly why you're asking." },
}

node "security" {
  narration = "She reads out the order number, BM48217735, her name, the postcode LS6 2QT and the email address she ordered with. "
    .. "You check each one against the order.",
  customer = function(s)
    if s.mood < 30 then
      return "That's everything. Can we get on with it now? Every minute I'm on here is a minute I'm not sorting out a birthday."
    end
    return "I've got the confirmation email open in front of me, if you need anything else off it."
  end,
  choice { "Thank you, Ms Dawson. That all matches, so we can talk about the order. I'm opening the delivery record now.", id = "confirm",
    go = "tracking", mood = 5, set = { verified = true, stage = "checked" },
    credit = { "dpa.verify-identity", "policy.security-questions" },
    why = "The order number, name and both security answers match, so you know you're talking to the person who placed it. Say so, and move straight on." },
  choice { "Thanks. I'll also need the long number on the card you paid with, and the expiry date, just to be sure it's you.", id = "card-number",
    go = "tracking", mood = -10, set = { verified = true, stage = "checked" },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "The order number, name, postcode and email already match. Brightmart never asks for a full card number, and asking for her card details collects personal data you don't need and puts it at risk." },
  choice { "That all matches. We have to protect your data, so I do have to ask, and there's no point getting annoyed with me about it.", id = "lecture",
    go = "tracking", mood = -10, set = { verified = true, stage = "checked" },
    credit = { "dpa.verify-identity", "policy.security-questions" }, breach = "service.professional",
    why = "The check was right, and protecting her data is the reason for it, but telling an upset customer off for being impatient only makes her angrier. A short, friendly reason works better." },
}

node "tracking" {
  narration = function(s)
    if s.skipped_security then
      return "You search by surname and street. One order comes up, and you open its delivery record: "
        .. "'Delivered 14:12 yesterday. Left in safe place. Driver photo attached.'"
    end
    return "The delivery record opens: 'Delivered 14:12 yesterday. Left in safe place. Driver photo attached.'"
  end,
  customer = function(s)
    if s.mood < 30 then
      return "Well? What does it say? Because if you tell me 'delivered' one more time, I'll scream."
    end
    return "So what does it actually say?"
  end,
  choice { "Parcels marked delivered do sometimes turn up a day or two later. Give it 48 hours, and if it still hasn't appeared, ring us back.", id = "wait-48",
    go = "pushback", mood = -15, set = { mistake = "wait", stage = "tracked" },
    breach = { "heat.own", "service.responsiveness", "policy.service-standards" },
    why = "She needs it tomorrow, and there's a photo on the record you haven't even looked at. Telling her to wait and ring back does nothing: Brightmart's service standards say whoever she reaches owns the problem, and this guarantees a second, angrier call." },
  choice { "It says it was left in a safe place at 2.12 yesterday, with a photo. Let me open it and check it with you. "
      .. "What does your front door look like?", id = "investigate",
    go = "photo", mood = 5, set = { stage = "tracked" },
    credit = { "complaint.investigate", "service.questioning" },
    why = "The driver's photo is the best evidence you have. Checking it with her, with a simple question, is how you find out what really happened." },
  choice { "It says delivered at 2.12 yesterday, so I'm afraid our side's done: once it's logged as delivered, it's your "
      .. "responsibility. Your home insurance should cover a stolen parcel, though, so it's worth a call.", id = "insurance",
    go = "pushback", mood = -20, set = { mistake = "insurance", stage = "tracked" },
    breach = { "cra.risk-until-delivery", "ucp.misleading-rights" },
    why = "The parcel was at Brightmart's risk until it was in her hands. Pointing her to her own insurance gets her rights wrong and leaves her paying for our failed delivery." },
}

node "photo" {
  narration = "She tells you her front door is grey. The photo loads: a brown Brightmart box on a doorstep, "
    .. "in front of a red door with a brass number 17. You describe it to her.",
  customer = "A red door? That's not my house! That's... hang on, that's the Hendersons' across the road. Number 17. "
    .. "We're 22! Shall I just go over there and bang on their door?",
  choice { "Yes, pop over and get it. If they haven't got it, ring us back and we'll open a case.", id = "go-get-it",
    go = "pushback", mood = -10, set = { mistake = "neighbour", stage = "photo" },
    breach = { "heat.own", "service.responsiveness", "policy.service-standards" },
    why = "You haven't denied that it's Brightmart's problem, but you've handed the job to her: fetching it from the wrong house, and ringing back to start again if that fails. Our driver got it wrong, and Brightmart's service standards say whoever she reaches owns the problem: open the case and sort it on this call." },
  choice { "Are you sure? Doors can look a different colour in a photo, and the driver's scanner logs his position, which "
      .. "puts him right at your address. Could it be a side door, or a porch you don't normally use?", id = "doubt",
    go = "pushback", mood = -15, set = { mistake = "doubt", stage = "photo" },
    breach = { "service.professional", "complaint.investigate" },
    why = "She knows her own front door, and the photo shows number 17. Doubting her against the evidence in front of you is blaming the customer." },
  choice { "You don't need to do anything. It went to the wrong house, so it never reached you, and until it's in your hands "
      .. "it's our responsibility, not yours. I'm sorting it either way.", id = "own-it",
    go = "neighbour_away", mood = 10, set = { stage = "photo" },
    credit = { "cra.risk-until-delivery", "heat.own", "service.clear-language" },
    why = "Risk stays with Brightmart until the goods are in the customer's physical possession (Consumer Rights Act s.29). Saying so plainly, and taking charge, is what she needs to hear." },
}

node "neighbour_away" {
  narration = "You hear her cross the room and pull back a curtain.",
  customer = "Their car's gone; they're at their caravan till Sunday night. So Jake's present is on a doorstep over the road and I can't get it. "
    .. "You must have their number, they're always getting your vans. Can't you give it me?",
  choice { "Let me look. Yes, there's a Brightmart account at 17 Elm Road. Mr Henderson's mobile is 07700 900481. Give him a ring.", id = "give-number",
    go = "disclosed", mood = 10, set = { disclosed = true },
    breach = { "dpa.s170", "dpa.third-party-authority", "policy.data-handling" },
    why = "Mr Henderson has never authorised anyone to have his number. Deliberately looking up another customer and passing his number to someone with no right to it is an unauthorised disclosure, and knowingly or recklessly disclosing personal data without Brightmart's consent can be a criminal offence under s.170 of the Data Protection Act 2018." },
  choice { "Honestly, the simplest thing is to wait till they're back on Sunday night and ask them for it; they'll probably "
      .. "have taken it in. If it's not there, ring us and we'll look into it.", id = "wait-sunday",
    go = "pushback", mood = -20, set = { mistake = "sunday", stage = "neighbour" },
    breach = { "heat.own", "service.responsiveness", "policy.service-standards" },
    why = "She needs it tomorrow, and getting the parcel back is Brightmart's job, not hers. Leaving her to wait for the neighbours, and only then ring us, misses the birthday and puts off anything being done until Sunday, when you should own it now." },
  choice { "I can't give out anyone else's details, any more than I'd give yours. But you don't need them: "
      .. "getting that parcel back is our job, and I'll sort it from here.", id = "decline-own",
    go = "remedy", mood = 5, set = { stage = "neighbour" },
    credit = { "dpa.third-party-authority", "policy.data-handling", "heat.own" },
    why = "She has no authority to have another customer's personal data, so you decline, briefly and kindly, and move straight on to what you will do." },
}

node "disclosed" {
  narration = "You close Mr Henderson's account. Then it sinks in: you've just given another customer's mobile number to someone he never authorised.",
  customer = "Brilliant, thank you. See, that's all I wanted. I'm texting him now.",
  choice { "No problem. Right, let's get you a replacement sorted.", id = "keep-quiet",
    go = "remedy", set = { stage = "neighbour" },
    breach = "dpa.breach-report",
    why = "Giving out his number was a personal data breach. It must be reported to the data protection team straight away, so they can limit the harm and decide whether the ICO needs to know. Keeping quiet makes it worse." },
  choice { "I'm sorry, I shouldn't have given you that: it's Mr Henderson's personal information. Please don't use it, "
      .. "and delete it if you can. I'm reporting it to our data protection team now, then we'll sort your parcel.", id = "report",
    go = "remedy", mood = -5, set = { breach_reported = true, stage = "neighbour" },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "You can't undo the disclosure, but reporting it internally at once, and asking her not to use the number, is exactly what the law and Brightmart's data handling policy expect." },
}

node "pushback" {
  customer = function(s)
    local t
    if s.mistake == "neighbours" then
      t = "Of course I've checked! I've been up and down the street like an idiot. Is that it? Go and knock on doors?"
    elseif s.mistake == "delivered" then
      t = "Don't tell me it's been delivered. I'm standing in my hallway. There's no parcel. Are you calling me a liar?"
    elseif s.mistake == "courier" then
      t = "Ring the depot? I didn't buy anything from a depot. I bought it from you. You sort it out."
    elseif s.mistake == "insurance" then
      t = "My home insurance? So I pay the excess and lose my no-claims because your driver couldn't find my house? You're joking."
    elseif s.mistake == "wait" then
      t = "Forty-eight hours? His birthday is tomorrow! Were you even listening?"
    elseif s.mistake == "neighbour" then
      t = "Hang on. Your driver dumps it at the wrong house, and I've got to go and fetch it? And if they haven't got it, I ring you back and start all over again?"
    elseif s.mistake == "doubt" then
      t = "I think I know what colour my own front door is! It's got 17 on it. That's not even my number."
    elseif s.mistake == "sunday" then
      t = "Sunday? His birthday is tomorrow! And what if somebody's nicked it off their step by then?"
    else
      t = "Five to seven working days? His birthday is tomorrow. Why is that my problem?"
    end
    if s.mood < 10 then
      return t .. " I want to speak to your manager."
    end
    return t
  end,
  choice { "I do understand you're upset, and I'm sorry, but that's our process for any parcel marked as delivered. "
      .. "The driver's scan is what we have to go by, and it says the parcel reached you.", id = "insist",
    go = "manager_demand", mood = -15, set = { pushed = "insist" },
    breach = { "cra.risk-until-delivery", "ucp.misleading-rights" },
    why = "There's no 'process' that moves the loss onto her. The parcel was Brightmart's risk until she had it, so repeating the mistake misstates her rights and pushes her to ask for a manager." },
  choice { "You're right, and I'm sorry. That isn't your job. Until a parcel is in your hands, it's Brightmart's "
      .. "responsibility, so it's down to us to find out what happened and put it right.", id = "apologise",
    go = function(s)
      if s.stage == "neighbour" then return "remedy" end
      if s.stage == "photo" then return "neighbour_away" end
      if s.stage == "tracked" then return "photo" end
      if s.stage == "checked" then return "tracking" end
      if s.stage == "heard" then return "security" end
      return "vent"
    end,
    mood = 10, credit = { "heat.apologise", "heat.own", "cra.risk-until-delivery" },
    why = "Owning the mistake, and saying plainly whose responsibility the parcel is, gets the call back on track." },
  choice { "Look, I'm only going by what the system tells me.", id = "system",
    go = "manager_demand", mood = -10, set = { pushed = "system" },
    breach = "heat.own",
    why = "Hiding behind the system tells her nobody is taking responsibility. She'll want someone who will." },
}

node "manager_demand" {
  customer = function(s)
    if s.mood < 10 then
      return "No. I've had enough of this. Put me through to your manager. Now."
    end
    return "I'd like to speak to somebody more senior, please. This isn't good enough."
  end,
  choice { "There's no point. My manager will only tell you the same thing.", id = "no-point",
    go = "lost_customer", mood = -20,
    breach = { "heat.own", "service.professional" },
    why = "Refusing to escalate when she asks leaves her nowhere to go. She'll take her custom, and her story, elsewhere." },
  choice { function(s)
      local t = "Of course. I'll put you through to my team leader, Nadia Hussain, in about two minutes. I'll brief her first on "
      if s.stage == "start" or s.stage == "heard" then
        t = t .. "what's happened"
      elseif s.stage == "checked" or s.stage == "tracked" then
        t = t .. "your order and the tracking"
      else
        t = t .. "your order, the tracking and the driver's photo"
      end
      return t .. ", including that you need them for tomorrow, so you won't have to repeat yourself."
    end,
    id = "escalate",
    go = "supervisor_takes_over", mood = 5, minutes = 3,
    credit = { "service.escalate-clearly", "policy.escalation", "heat.own" },
    why = "When a customer asks for a manager, escalate promptly, say who and how long, and brief them so the customer doesn't start again." },
  choice { "My manager's in meetings all afternoon. Ring back tomorrow and ask for her.", id = "ring-tomorrow",
    go = "call_back_tomorrow", mood = -15,
    breach = { "heat.own", "service.responsiveness" },
    why = "Tomorrow is the birthday. Sending her away with nothing settled leaves the problem unsolved and her angrier than ever. A team leader should be available." },
}

node "remedy" {
  customer = function(s)
    if s.mood < 30 then
      return "So what now? He's fifteen tomorrow, and all I've got to give him is a photo of somebody else's doorstep."
    end
    return "OK. So what happens now? I really do need them for tomorrow."
  end,
  choice { "I'll send you a replacement on next-day delivery. It should be with you tomorrow.", id = "resend-only",
    go = "redeliver", mood = 5,
    credit = "cra.risk-until-delivery",
    why = "A replacement is a fair remedy and Brightmart should bear the cost, but you haven't asked what she'd prefer or said what happens to the parcel at number 17." },
  choice { "I'm opening a missing-parcel case so our driver collects it from number 17; you needn't do a thing. "
      .. "And at no cost: a replacement next-day, a pair from a store today if they have one, or a full refund. Which?", id = "offer-choice",
    go = function(s)
      if s.mood >= 45 then return "collect" end
      if s.mood >= 25 then return "redeliver" end
      return "refund_request"
    end,
    mood = 10, set = { case_opened = true },
    credit = { "cra.risk-until-delivery", "complaint.investigate", "heat.own", "service.clear-language" },
    why = "Brightmart carries the loss, chases its own courier, and lets her pick what suits her best, including a way to have the present in time." },
  choice { "I'll open a full investigation with our delivery team now. Once it's finished, usually five to seven working days, "
      .. "we'll send you a replacement or a refund, whichever you prefer. That's our process for missing parcels.", id = "wait-investigation",
    when = "not told_wait",
    go = "pushback", mood = -15, set = { told_wait = true, mistake = "investigation", case_opened = true },
    breach = { "heat.own", "service.responsiveness" },
    why = "Investigating is right, but it's Brightmart's loss, not hers. Making her wait a week for the outcome before putting anything right misses the birthday for no good reason." },
}

node "collect" {
  narration = "You check stock. The Kirkgate store in Leeds city centre has three pairs of the same headphones.",
  customer = "Today? Really? Kirkgate's ten minutes from me. If they've got them, I could go after tea and he'd never know.",
  choice { "They've got three. I'll reserve a pair on your order now, free. It'll be at the service desk within the hour, "
      .. "and they're open till 8. Just bring your order number or confirmation email; there's nothing to pay.", id = "reserve",
    go = "record", mood = 10, minutes = 2, set = { remedy = "collect", reserved = true },
    credit = { "service.first-contact-resolution", "service.moment-of-truth", "service.expectations", "heat.own" },
    why = "This solves the real problem, the birthday, on this one call, and tells her exactly what will happen and when." },
  choice { "They've got three at the moment. Just pop in after tea and ask at the service desk. They should still have some.", id = "turn-up",
    go = "record", mood = 5, set = { remedy = "collect" },
    breach = "heat.own",
    why = "Close, but you've left her hoping they're still in stock tonight. Reserve a pair against her order so the problem is actually solved." },
}

node "redeliver" {
  customer = function(s)
    if s.mood < 30 then
      return "Fine. Send it. But how do I know it won't end up across the road again? And will it definitely be here tomorrow?"
    end
    return "Next-day? Will it definitely get here tomorrow? And not across the road this time?"
  end,
  choice { "It'll definitely be with you by nine tomorrow morning. I promise.", id = "guarantee",
    go = "record", mood = 5, set = { remedy = "resend" },
    breach = "service.expectations",
    why = "You can't control the driver's route, so this is a promise you can't keep. If it arrives at noon, she'll feel let down twice." },
  choice { "It goes out today, next-day delivery, so it's due tomorrow; you'll get a morning text with a one-hour slot. "
      .. "I can't promise a time, but I'm noting: 'No safe place. Hand to customer only, 22 Elm Road, grey door.'", id = "honest",
    go = "record", mood = 10, minutes = 2, set = { remedy = "resend", safe_note = true },
    credit = { "service.expectations", "heat.own" },
    why = "You tell her honestly what to expect and fix the thing that went wrong last time, instead of promising something you can't control." },
}

node "refund_request" {
  customer = "Forget it. I don't trust you lot to deliver anything now. Just give me my money back and I'll buy some in town myself.",
  choice { "Of course. As it never reached you, we'll refund you in full. Refunds over £50 need my team leader's sign-off, so I'm asking her now. It takes a couple of minutes. Can I put you on hold?", id = "get-approval",
    go = "refund_approved", minutes = 3, set = { approved = true },
    credit = { "policy.refund-limit", "service.limits-of-authority" },
    why = "She's entitled to choose her money back, and at £120 it's over the £50 you can authorise yourself, so you get sign-off straight away and tell her how long it'll take." },
  choice { "No problem. I'll put the £120 refund straight through now.", id = "process-self",
    go = "record", mood = 5, set = { remedy = "refund" },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "The refund is right, but £120 is over the £50 an adviser can authorise under Brightmart's refund policy. Get a supervisor's sign-off; it only takes a minute." },
}

node "refund_approved" {
  narration = "Your team leader, Nadia, reads your summary and approves the refund.",
  customer = "Well? Is it done?",
  choice { "Yes, that's done. It'll turn up on your card at some point.", id = "vague",
    go = "record", set = { remedy = "refund" },
    breach = "service.expectations",
    why = "'At some point' leaves her wondering, and likely to ring back. Tell her where the money goes and roughly when." },
  choice { "It's approved. The full £120 goes back to the credit card you paid with, and a confirmation email follows in a few minutes. "
      .. "It usually shows on your statement in three to five working days, depending on your card.", id = "confirm-refund",
    go = "record", mood = 10, set = { remedy = "refund" },
    credit = { "service.expectations", "service.clear-language" },
    why = "Clear and specific: where the money goes, what confirmation she'll get, and a realistic timescale." },
}

node "record" {
  narration = "You open the contact notes on the order to write up the call.",
  customer = function(s)
    local t = "Are you writing all this down? Because I want that driver spoken to. He took a photo of somebody else's door "
      .. "and marked it delivered to me. Anybody could have walked off with it."
    if s.mood < 30 then
      return "And don't think I'm letting this go, either. " .. t
    end
    return t
  end,
  choice { "These things happen, I'm afraid. The drivers are on really tight schedules. (You type:) 'Customer very aggressive. "
      .. "Says parcel not received, but the photo shows it on a doorstep.'", id = "excuse-opinion",
    go = "goodwill", mood = -10, set = { note = "opinion" },
    breach = { "complaint.log", "dpa.accurate-notes", "service.professional" },
    why = "She has made a complaint, and it isn't logged. The note is wrong on the facts (the photo shows the wrong house) and 'aggressive' is an unlabelled opinion. She could see this note if she asks for her data." },
  choice { function(s)
      local t = "You're right to raise it, and I'm sorry. I'm logging it now as a complaint about the delivery, with the driver's photo attached, "
        .. "so the delivery team looks into how it happened. Your reference is C-77310. You'll get an email by the end of tomorrow confirming it, "
        .. "with the name of the person handling it, and a full response within eight weeks at the very latest. And yes, it's all going on your order. (You type:) '"
      if s.verified then t = t .. "ID checked: order no., name, postcode, email, all passed. " end
      t = t .. "Tracking: delivered 14:12 yesterday, left in safe place. Driver photo shows a red door, no. 17. "
        .. "Customer is at no. 22, grey door. Parcel not received. "
      if s.case_opened then t = t .. "Missing-parcel case raised to recover it from no. 17. " end
      if s.remedy == "collect" then
        t = t .. "Replacement for collection at Kirkgate store today, no charge. "
      elseif s.remedy == "resend" then
        t = t .. "Replacement sent next-day, no charge. "
      else
        t = t .. "Full refund of £120 to original card. "
      end
      return t .. "Complaint about the delivery logged, ref C-77310.'"
    end,
    id = "log-it",
    go = "goodwill", mood = 5, minutes = 3, set = { complaint_logged = true, note = "factual" },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "policy.log-contact", "dpa.accurate-notes", "dpa.minimisation", "service.expectations" },
    why = "Any expression of dissatisfaction is a complaint: you log it, give a reference and say when she'll hear back, in line with Brightmart's complaint timescales. "
      .. "The note is factual, so the next person can pick it up, and it says only what's needed about the other address." },
  choice { "I'm writing it all down now. (You type:) 'Customer unhappy with driver. Parcel left at Mr and Mrs Henderson's, 17 Elm Road. "
      .. "They're away at their caravan till Sunday night. Replacement sorted.'", id = "overshare",
    go = "goodwill", set = { note = "overshare" },
    breach = { "dpa.minimisation", "complaint.log" },
    why = "The neighbours' names and where they spend their weekends have nothing to do with this order: record only that it went to no. 17. "
      .. "And 'unhappy with driver' isn't logging her complaint, so nobody will look into it." },
}

node "goodwill" {
  customer = function(s)
    if s.mood < 40 then
      return "And frankly, after the day I've had, I think I deserve something for all this. Don't you?"
    end
    return "I know it's not your fault personally, but after all that hassle, do I get anything for my trouble?"
  end,
  choice { "Absolutely, you've more than earned it. I'll put a £50 voucher on your account right now for all the trouble, "
      .. "and you can spend it on anything you like, online or in store.", id = "big-voucher",
    go = "follow_up", mood = 10,
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "An adviser can give one goodwill gesture of up to £20 per complaint. Promising £50 without a supervisor's approval is beyond your authority, and may have to be taken back." },
  choice { function(s)
      if s.remedy == "refund" then return "You've got your money back. That's the main thing, isn't it?" end
      return "You've got your headphones sorted. That's the main thing, isn't it?"
    end,
    id = "brush-off",
    go = "follow_up", mood = -10,
    breach = "service.professional",
    why = "Putting the call right is the main thing, but brushing off a fair question after a failed delivery undoes some of the goodwill you've built." },
  choice { "I'm sorry for all the hassle. I can add a £10 gift card to your account myself, and if that doesn't feel "
      .. "like enough, I can ask my team leader.", id = "within-limit",
    go = "follow_up", mood = 5,
    credit = { "policy.goodwill-limit", "service.limits-of-authority", "heat.apologise" },
    why = "A small gesture within your own £20 goodwill limit, with an honest route to more if she wants it, is fair and keeps you inside your authority." },
}

node "follow_up" {
  customer = function(s)
    if s.remedy == "collect" then
      return "Right. So I go to Kirkgate after tea, and they'll be there waiting for me?"
    elseif s.remedy == "resend" then
      return "So it comes tomorrow. And if it doesn't?"
    end
    return "So that's that, then."
  end,
  choice { "If anything else goes wrong, just ring us back on the usual number and quote your order number. "
      .. "Whoever answers will see today's notes.", id = "ring-us",
    go = function(s)
      if s.remedy == "collect" then return "collecting_today" end
      if s.remedy == "resend" then return "on_its_way" end
      return "refunded"
    end,
    breach = "complaint.follow-up",
    why = "It sounds helpful, but it leaves her to check that the fix worked, after she's done all the chasing so far. "
      .. "Brightmart's complaints procedure says you check with her yourself once it's resolved." },
  choice { function(s)
      local found = " and tell you what the delivery team found"
      if not (s.case_opened or s.complaint_logged) then found = "" end
      if s.remedy == "collect" then
        if not s.reserved then
          return "I'll ring the Kirkgate desk now to check they've still got them, and I'll call you tomorrow afternoon to make sure all's well" .. found .. ". Is this the best number for you?"
        end
        return "They will. I'll ring the Kirkgate desk at five to check your pair's boxed up with your name on it, and I'll call you tomorrow afternoon to make sure all's well" .. found .. ". Is this the best number for you?"
      elseif s.remedy == "resend" then
        return "I'll call you tomorrow at two. If it hasn't arrived by then, I'll chase the driver there and then" .. (found == "" and "" or ", and I'll tell you what the delivery team found about yesterday") .. ". Is this the best number for you?"
      end
      if found == "" then
        return "I'll check the refund has gone through properly, and I'll call you on Monday to make sure it's reached your card. Is this the best number for you?"
      end
      return "I'll check the refund has gone through properly, and I'll call you on Monday to tell you what the delivery team found. Is this the best number for you?"
    end,
    id = "call-back",
    go = function(s)
      if s.remedy == "collect" then return "collecting_today" end
      if s.remedy == "resend" then return "on_its_way" end
      return "refunded"
    end,
    mood = 10, set = { follow_up = true },
    credit = { "complaint.follow-up", "heat.own", "policy.service-standards" },
    why = "A specific follow-up, with a time, closes the loop and shows her someone at Brightmart is still owning her problem." },
}

-- The data-protection points, for every ending.
local function data_extras(s)
  local t = ""
  if s.skipped_security then
    t = t .. " You discussed the order before checking who was calling, which risks disclosing a customer's data to anyone who knows her name and street."
  end
  if s.disclosed then
    if s.breach_reported then
      t = t .. " You gave her another customer's phone number, a serious data protection breach, though you did report it straight away."
    else
      t = t .. " You gave her another customer's phone number and didn't report it: a serious, unreported data protection breach."
    end
  end
  return t
end

local function extras(s)
  local t = data_extras(s)
  if not s.complaint_logged then
    t = t .. " Her complaint about the driver wasn't logged, so nobody will look into how it happened."
  end
  if s.note ~= "factual" then
    t = t .. " The contact note wasn't a plain, factual record."
  end
  return t
end

ending "collecting_today" {
  kind = "resolved",
  customer = function(s)
    if s.mood < 50 then
      return "Well, at least he'll have them for tomorrow. That's something."
    end
    return "Thank you. Honestly. You've saved his birthday."
  end,
  summary = function(s)
    return "The driver's photo showed the parcel at number 17, so it never reached Claire, and under the Consumer Rights Act (s.29) "
      .. "it stayed at Brightmart's risk until it was in her hands. Brightmart took the loss: a missing-parcel case with its courier, "
      .. "and a replacement pair for her to collect today, in time for the birthday."
      .. (s.reserved and "" or " You didn't reserve the pair, though, so she's relying on them still being in stock.") .. extras(s)
  end,
  credit = "complaint.resolve",
}

ending "on_its_way" {
  kind = "resolved",
  customer = function(s)
    if s.mood < 50 then
      return "Right. Well, we'll see if it turns up this time."
    end
    return "Right. Fingers crossed, then. Thanks for sorting it."
  end,
  summary = function(s)
    local t = "The parcel was left at the wrong house, so it never reached Claire and was still Brightmart's risk (Consumer Rights Act s.29). "
      .. "Brightmart has sent a free replacement on next-day delivery"
    if s.safe_note then
      t = t .. ", marked 'no safe place' this time."
    else
      t = t .. ", but with a promised delivery time nobody can guarantee."
    end
    if s.case_opened then
      t = t .. " It is chasing its courier to recover the first parcel."
    else
      t = t .. " Nobody has asked the courier to recover the first parcel from number 17."
    end
    return t .. extras(s)
  end,
  credit = "complaint.resolve",
}

ending "refunded" {
  kind = "resolved",
  customer = "Fine. I'll go into town and get some myself.",
  summary = function(s)
    return "The parcel never reached Claire, so it was still Brightmart's risk (Consumer Rights Act s.29). She chose her money back, "
      .. "and Brightmart refunded the £120 to her credit card"
      .. (s.approved and ", with the team leader's sign-off" or ", though without the team leader's sign-off Brightmart needs for refunds over £50")
      .. ". She has her money, but Brightmart has probably lost her as a customer." .. extras(s)
  end,
  credit = "complaint.resolve",
}

-- What pushed Claire to ask for a manager, for the endings that follow manager_demand.
local function what_went_wrong(s)
  local said = {
    neighbours = "you asked whether she'd checked with the neighbours before you'd even heard her out",
    delivered = "you told her the tracking proved the parcel was somewhere at her house",
    courier = "you sent her to chase the courier's depot herself",
    insurance = "you told her the parcel was her responsibility once marked delivered, and pointed her to her home insurance",
    wait = "you told her to wait 48 hours and ring back",
    neighbour = "you told her to fetch the parcel from the wrong house herself and ring back if that failed",
    doubt = "you doubted her word about her own front door",
    sunday = "you told her to wait for the neighbours to come back on Sunday",
    investigation = "you told her nothing would be put right until a five-to-seven-day investigation was over",
  }
  local t = said[s.mistake] or "the call went wrong"
  if s.pushed == "insist" then
    t = t .. ", and then insisted the driver's scan meant the parcel had reached her"
  elseif s.pushed == "system" then
    t = t .. ", and then said you were only going by what the system told you"
  end
  return t
end

ending "supervisor_takes_over" {
  kind = "escalated",
  narration = "Nadia Hussain, your team leader, takes the call with your summary in front of her.",
  customer = "Right. Let's hope you can actually do something.",
  summary = function(s)
    return "You escalated with a clear handover, so Claire didn't have to start again. But she only needed a manager because " .. what_went_wrong(s)
      .. ". The parcel was Brightmart's risk until it reached her (Consumer Rights Act s.29), and you could have sorted it yourself." .. data_extras(s)
  end,
}

ending "call_back_tomorrow" {
  kind = "unresolved",
  customer = "Tomorrow's his birthday! Forget it. I'll be putting this all over the internet.",
  summary = function(s)
    return "Claire was sent away with no parcel, no replacement and no manager, after " .. what_went_wrong(s) .. ". The parcel was Brightmart's risk until it reached her "
      .. "(Consumer Rights Act s.29), so Brightmart still owes her the goods or her money, and now has an angry public complaint as well." .. data_extras(s)
  end,
}

ending "lost_customer" {
  kind = "lost",
  customer = "Unbelievable. I'm ringing my credit card company, and I'm never ordering from you again.",
  summary = function(s)
    return "Claire was refused a manager after " .. what_went_wrong(s) .. ". Under the Consumer Rights Act (s.29) the parcel was Brightmart's risk until it "
      .. "was in her hands. Brightmart will still have to refund or replace it, and it has lost a customer and its good name with her." .. data_extras(s)
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "collecting_today" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.s170", grade = "Refer" }
expect { breaching = "policy.security-questions", grade = "Merit" }
expect { reachable = "disclosed" }
