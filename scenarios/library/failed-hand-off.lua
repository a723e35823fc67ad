-- Frontline scenario: a customer passed on three times, a wrong estimated closing bill and a debt letter.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.failed-hand-off",
  title = "The call-back that never came",
  brief = "Tomasz Nowak moved out of his all-electric flat at 22 Elm Road six weeks ago. He sent in a final meter reading "
    .. "on moving day and took a photo of the meter. His closing bill was worked out on an estimate instead, and he says it's "
    .. "about £180 too high. He has rung three times since, and each time a different adviser told him \"the metering team will "
    .. "call you back\". Nobody did. On Saturday he got a letter saying the bill will go to a debt collection agency in 14 days. "
    .. "You can place a collections hold on a disputed bill, enter a customer's meter reading with photo evidence and re-bill, "
    .. "and give goodwill credit up to £30 without a team leader's approval.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 3,
  minutes = 14,
  topics = { "complaints", "ownership", "escalation", "data-protection", "heat", "service-improvement" },
  customer = { name = "Tomasz Nowak", look = "tired-man-in-his-fifties", mood = 30 },
  start = "opening",
  state = {
    estimate = "£412.60",
    corrected = "£232.60",
    passes = 0,
    heard = false,
    verified = false,
    skipped_security = false,
    debt_hold = false,
    investigated = false,
    covered = false,
    blamed = false,
    route = "fix",
    photo_received = false,
    whatsapp = false,
    rebilled = false,
    escalated = false,
    overpromised = false,
    goodwill = "none",
    third_party = "none",
    breach_reported = false,
    breach_hidden = false,
    complaint_logged = false,
    ombudsman_now = false,
    followup_booked = false,
    process_flagged = false,
  },
}

node "opening" {
  narration = "The call connects. There's a long breath before the caller says anything.",
  customer = "One more time, then. I moved out six weeks ago and sent a final reading, with a photo. "
    .. "Three times I've been told metering will ring me back. Nobody has. Now the bill's wrong and you're sending the debt collectors.",
  choice { "I'm so sorry, that's not good enough. Meter readings can only be changed by our metering team, so I'll message them now, "
      .. "marked urgent, and make sure they give you a call back today.", id = "pass-on",
    go = "fourth_time", mood = -20,
    effect = function(s) s.passes = math.min(s.passes + 1, 6) end,
    breach = { "heat.own", "service.reliability", "policy.service-standards" },
    why = "He has been promised a call back from metering three times and none came. Making the same promise again passes him on a fourth time, and you can enter a reading with photo evidence yourself. Northway's service standards say whoever the customer reaches first owns the problem." },
  choice { "Before we get into it, I'll need to take you through security. Can I have your full name, please?", id = "security-first",
    go = "security", mood = -5,
    breach = "heat.hear",
    why = "Security has to be done before you open the account, but cutting in with it while he's in the middle of six weeks of frustration tells him you're not listening. Let him finish first, then do security." },
  choice { "Mr Nowak, I'm so sorry. Six weeks of this sounds exhausting. Tell me the whole thing. I'm listening, and I won't pass you on.", id = "hear",
    go = "story", mood = 10, set = { heard = true },
    credit = { "heat.hear", "heat.empathise" },
    why = "Letting a weary customer tell the whole story, and saying straight away that you won't pass him on, is the first sign that this call will be different." },
}

node "story" {
  customer = function(s)
    if s.mood < 30 then
      return "I've said all this three times already. Six weeks ago, 22 Elm Road, flat 3. Moving day I photographed the meter and put the reading "
        .. "in online. Then the bill came, estimated, four hundred and twelve pounds. About a hundred and eighty too much. Three calls. "
        .. "Three people. 'Metering will call you back.' Nothing. Now a letter: pay in fourteen days or it goes to a debt agency. Three times. Three different people."
    end
    return "Thank you. Right. I moved out of 22 Elm Road, flat 3, six weeks ago. That morning I took a photo of the meter and put the reading in online, "
      .. "same day. Then the closing bill came and it said 'estimated'. Four hundred and twelve pounds sixty. I worked it out, and it's about a hundred "
      .. "and eighty pounds too much. So I rang. 'The metering team will call you back.' Nothing. Rang again a week later. Same words, different person. "
      .. "Rang again last Tuesday. Same again. And on Saturday this letter: pay in fourteen days or it goes to a debt collection agency. "
      .. "I've never owed anybody anything in my life. Three times. Three different people."
  end,
  choice { "That's really not good enough. I'll put an urgent flag on it for the metering team, so they call you back within 48 hours.", id = "urgent-callback",
    go = "fourth_time", mood = -20, set = { heard = true },
    effect = function(s) s.passes = math.min(s.passes + 1, 6) end,
    breach = { "heat.own", "service.reliability", "policy.service-standards" },
    why = "An 'urgent' call back is still the same hand-off that has failed three times. Nothing you've done shows it will arrive this time. Northway's standards say you own the problem until it's resolved or properly handed over." },
  choice { "So: a reading and photo on moving day, three call-backs that never came, "
      .. "a bill about £180 too high and now a debt letter. I'm sorry. I'll sort this myself. First, security.", id = "reflect",
    go = function(s)
      if s.verified then return "verified" end
      return "security"
    end,
    mood = 10, set = { heard = true },
    credit = { "service.questioning", "heat.apologise", "heat.own" },
    why = "Summing it up in your own words shows you've really listened, so he doesn't have to repeat it. Then you apologise and say plainly that you own it from here." },
  choice { "The safest thing is to pay the {estimate} now, so the debt letter goes away and your credit file's protected. "
      .. "We'll refund the difference as soon as metering have checked your reading.", id = "pay-first",
    go = "pay_row", mood = -15, set = { heard = true },
    breach = { "heat.own", "complaint.resolve" },
    why = "He has disputed the bill and has evidence. Asking him to pay £180 he doesn't owe puts the cost of Northway's failure on him, and leaves him chasing a refund from the same team that never called back." },
}

node "pay_row" {
  customer = "Pay it? Four hundred and twelve pounds, when I know it's a hundred and eighty too much? And then wait another six weeks "
    .. "for you lot to give it back? No. No, I'm not doing that.",
  choice { "It really is the best way to protect your credit file. Once it's paid, nobody can chase you for it.", id = "insist-pay",
    go = "gave_up", mood = -20,
    breach = { "heat.own", "complaint.resolve" },
    why = "Pressing him to pay a bill you haven't checked, when you could put a collections hold on it, leaves the mistake in place and the cost on him. He's had enough." },
  choice { "You're right, and I'm sorry. You shouldn't have to pay money you don't owe while we sort out our own mistake. Let me take this on properly.", id = "backtrack",
    go = function(s)
      if s.verified then return "verified" end
      return "security"
    end,
    mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "Owning the bad advice straight away puts things back on track. The fix is Northway's job, not his." },
}

node "fourth_time" {
  customer = function(s)
    local count, Count = "four", "Four"
    if s.passes == 2 then count, Count = "five", "Five" end
    if s.passes >= 3 then count, Count = "six", "Six" end
    if s.mood < 15 then
      return "No. No, no, no. That's " .. count .. ". " .. Count .. " times somebody's told me that. I could say it along with you. "
        .. "Nobody calls. Nobody ever calls."
    end
    return "'Call you back.' That's " .. count .. " times now. Do you know, I could say it along with you. "
      .. "Every single one of you says it, and nobody ever calls."
  end,
  choice { "I know, honestly. Between you and me, the metering team are a nightmare. They never call anyone back.", id = "blame",
    go = "manager_ask", mood = -10,
    breach = "service.professional",
    why = "Running down colleagues doesn't help him and makes Northway look worse. To the customer you are Northway. Blaming another team is another way of not owning it." },
  choice { "You're right, and I'm sorry. I'm not going to pass you on again. I'll deal with this myself, now, while you're on the phone.", id = "own-it",
    go = function(s)
      if s.investigated then return "findings" end
      if s.verified then return "verified" end
      return "security"
    end,
    mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "Admitting the repeat promise was wrong, and saying you will handle it yourself, is the only thing that can rebuild his trust now." },
  choice { "I'm afraid it's the only way. I can't do anything with meter readings from here.", id = "insist",
    go = "gave_up", mood = -20,
    breach = { "heat.own", "service.reliability" },
    why = "That isn't true: you can enter a reading with photo evidence and re-bill. Refusing to act sends him away with a wrong bill and a debt letter still running." },
}

node "manager_ask" {
  customer = "I don't care whose fault it is. I don't want anyone's head on a plate. I want my bill right. Put me through to a manager.",
  choice { "Of course. I'll transfer you now. Please hold.", id = "transfer",
    go = "handed_on", minutes = 4,
    why = "Putting him through to a manager when he asks isn't wrong, but he's now on his fifth person. You could have fixed this yourself." },
  choice { "I will if you'd like me to. But I can fix most of this myself, right now, and I'm sorry for what I said about my colleagues. That wasn't fair to anyone. Will you let me try?", id = "own-it",
    go = function(s)
      if s.investigated then return "findings" end
      if s.verified then return "verified" end
      return "security"
    end,
    mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "You respect his request, withdraw the blame and offer to take ownership. Most customers would rather have the problem fixed than tell the story to a fifth person." },
}

node "security" {
  customer = "Go on, then. I know the drill by now. I've done it three times.",
  choice { "Thanks. Your full name and the address the account was for, please, then your date of birth and the amount of your last payment.", id = "full-checks",
    go = function(s)
      if s.heard then return "verified" end
      return "story"
    end,
    minutes = 2, set = { verified = true },
    credit = { "dpa.verify-identity", "policy.security-questions" },
    why = "The account is closed, but it still holds his personal data and a debt. Full security is needed before you discuss it, however many times he's done it before." },
  choice { "You've been through security three times this month already, and you clearly know the account, "
      .. "so I'll skip it this once and save you the bother. What was the address?", id = "skip",
    go = function(s)
      if s.heard then return "verified" end
      return "story"
    end,
    mood = 5, set = { verified = true, skipped_security = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "Earlier calls don't prove who's on the line today. Discussing an account without checking identity risks giving someone's personal data to a stranger. That is a serious data protection failure." },
}

node "verified" {
  narration = function(s)
    if s.debt_hold then
      return "The red flag on the account now reads: 'Collections on hold: bill disputed.'"
    end
    if s.skipped_security then
      return "You open the account for 22 Elm Road, flat 3, without checking who you're speaking to. It was closed six weeks ago. "
        .. "The closing bill is £412.60, marked 'estimated read'. A red flag says: 'Final demand sent. Referral to debt collection agency in 14 days.'"
    end
    return "He answers every question without hesitating, and everything matches. The account for 22 Elm Road, flat 3, was closed six weeks ago. "
      .. "The closing bill is £412.60, marked 'estimated read'. A red flag says: 'Final demand sent. Referral to debt collection agency in 14 days.'"
  end,
  customer = function(s)
    if s.debt_hold then
      return "Right. So that's the letter stopped, at least. Now, the bill."
    end
    return "Can you see it? The bill? The letter?"
  end,
  choice { "I can. If you give me the reading again, I'll send it straight over to the metering team for you.", id = "resubmit",
    go = "fourth_time", mood = -15,
    effect = function(s) s.passes = math.min(s.passes + 1, 6) end,
    breach = { "heat.own", "service.reliability", "policy.service-standards" },
    why = "Sending it 'over to metering' is exactly what failed three times, and you haven't even checked why. That's a fourth hand-off, not the ownership Northway's service standards expect." },
  choice { "I can. Before anything else, I'm putting a hold on collections on your account, so nothing goes to a debt collection agency while we sort this out. That's on now.", id = "hold-first",
    when = "not debt_hold",
    go = "verified", mood = 10, set = { debt_hold = true },
    credit = { "service.responsiveness", "heat.own" },
    why = "The debt letter is what's frightening him, and stopping it is within your authority. Doing it first, and telling him it's done, takes the pressure off straight away." },
  choice { "Bear with me a minute while I read the notes from your three calls and check where those requests actually went. I don't want you to have to repeat anything.", id = "check-history",
    go = "findings", minutes = 3, set = { investigated = true },
    credit = "complaint.investigate",
    why = "You can't fix a hand-off that failed three times until you know why it failed. Checking the history also saves him telling the story again." },
}

node "findings" {
  narration = "Three calls, three advisers, each note: 'Advised metering will call back.' But metering has no case; "
    .. "notes never reach them. His moving-day reading came in after the account closed and sits unchecked in 'held reads'.",
  customer = function(s)
    if s.mood < 30 then
      return "Hello? You've gone quiet. That's usually when I get told about the metering team."
    end
    return "Well? Did any of them actually do anything?"
  end,
  choice { "It looks like metering have got it in their queue. There's a bit of a backlog, so they should be in touch soon.", id = "cover",
    when = "not covered",
    go = "fourth_time", mood = -15, set = { covered = true },
    effect = function(s) s.passes = math.min(s.passes + 1, 6) end,
    breach = { "service.expectations", "heat.own" },
    why = "There's no case in the metering queue, so nobody will call. Covering up the failure sets up a fourth broken promise and hides the real problem." },
  choice { "I've found it, and I'm sorry. Each call-back was only a note, so metering never knew. "
      .. "Your moving-day reading arrived but was never checked. That's our failure, not yours.", id = "honest",
    go = "reaction", mood = 5,
    credit = { "complaint.investigate", "heat.apologise", "service.clear-language", "service.professional" },
    why = "You tell him plainly what happened, as the organisation's failure, without blaming anyone by name. An honest explanation is what a customer who's been fobbed off needs most." },
  choice { "Honestly? The three people you spoke to didn't do their jobs. Each of them wrote 'metering will call back' "
      .. "in a note and never raised a case, so nobody in metering knew. I'd be fuming too.", id = "blame-colleagues",
    go = "reaction", mood = -5, set = { blamed = true },
    breach = "service.professional",
    why = "The facts are right, but blaming individual colleagues is unprofessional and doesn't help him. He dealt with Northway, so say what went wrong as Northway's failure and own it." },
}

node "reaction" {
  narration = "He cuts in before you've quite finished.",
  customer = function(s)
    if s.blamed then
      return "I don't care which of them it was. I'm not after anybody's job. I just want my bill right. So what happens now? "
        .. "And please, please don't tell me someone will call me back."
    end
    if s.mood < 35 then
      return "Six weeks. Three calls. And it never even got there. I'm tired. What happens now? "
        .. "And if the words 'call you back' come out of your mouth, I'm putting the phone down."
    end
    return "So it never even got there. Six weeks. Well, at least somebody's finally looked. What happens now? "
      .. "And please, please don't tell me someone will call me back."
  end,
  choice { "Leave it with me. I guarantee it'll all be sorted by tomorrow: the bill corrected, the debt letter cancelled, "
      .. "the agency told, and nothing will ever show on your credit file. You have my word.", id = "promise-all",
    go = function(s)
      if not s.debt_hold then return "debt_hold" end
      if s.photo_received then return "reading_in" end
      return "photo"
    end,
    mood = 5, set = { overpromised = true, route = "fix" },
    breach = "service.expectations",
    why = "You can't guarantee what other teams will do by tomorrow, or what's already been reported about him. If any part of that promise breaks, you're the fourth person to let him down. Promise only what you control." },
  choice { "As your reading came in after the account closed, I'd like metering to check it. "
      .. "I'll raise a proper case with them, not a note, with everything they need, and make sure it's with a named person.", id = "escalate",
    go = function(s)
      if not s.debt_hold then return "debt_hold" end
      if s.photo_received then return "escalate_detail" end
      return "photo"
    end,
    set = { route = "escalate" },
    credit = "heat.own",
    why = "Escalating is acceptable if you own it and do it properly. But Northway's billing policy lets you re-issue a bill on an actual reading, and a photo is fine as evidence, so you could have fixed it on this call." },
  choice { function(s)
      if s.debt_hold then
        return "No call-back. I'll do it now, on this call. The collections hold's on; next I'll put your moving-day reading on, "
          .. "with your photo as evidence, and correct the bill. Got the photo?"
      end
      return "No call-back. I'll do it now, on this call: stop the debt letter, put your moving-day reading on "
        .. "with your photo as evidence, and correct the bill. Got the photo?"
    end,
    id = "fix-now",
    go = function(s)
      if not s.debt_hold then return "debt_hold" end
      if s.photo_received then return "reading_in" end
      return "photo"
    end,
    mood = 10, set = { route = "fix" },
    credit = { "heat.own", "service.expectations", "service.moment-of-truth" },
    why = "You tell him exactly what you'll do and in what order, and all of it is within your authority. This call is his chance to see Northway get it right." },
}

node "debt_hold" {
  customer = function(s)
    if s.route == "escalate" then
      return "And the letter? It says fourteen days. That came on Saturday."
    end
    return "Good, because that letter says fourteen days, and it came on Saturday."
  end,
  choice { "I'm putting a hold on collections on your account right now. While the bill's being put right, nothing will go to a debt collection agency, "
      .. "and you don't need to pay the estimated amount. That's on now.", id = "hold",
    go = function(s)
      if s.route == "escalate" and s.photo_received then return "escalate_detail" end
      if s.photo_received then return "reading_in" end
      return "photo"
    end,
    mood = 10, set = { debt_hold = true },
    credit = { "service.responsiveness", "heat.own" },
    why = "Stopping collections on a disputed bill is within your authority, and it removes his biggest worry at once. Telling him it's done, not 'being looked at', matters." },
  choice { "Don't worry about the letter. Those go out automatically. Just ignore it.", id = "ignore",
    go = function(s)
      if s.route == "escalate" and s.photo_received then return "escalate_detail" end
      if s.photo_received then return "reading_in" end
      return "photo"
    end,
    mood = -5,
    breach = { "heat.own", "service.expectations" },
    why = "Ignoring an automatic letter doesn't stop the automatic process behind it. Without a hold, the debt can still go to an agency, and he's been told not to worry." },
}

node "photo" {
  customer = "Course I've still got it. It's on my phone: quarter past nine on moving day, meter right there, "
    .. "four five one one eight. How do I send it? Last time your website just said 'reading received', and that was that.",
  choice { "I'll send a secure upload link to the email address on your account now. Upload the photo there and I'll see it arrive while we're talking.", id = "secure-upload",
    go = function(s)
      if s.route == "escalate" then return "escalate_detail" end
      return "reading_in"
    end,
    minutes = 2, set = { photo_received = true },
    credit = "policy.data-handling",
    why = "The secure upload puts the evidence straight onto his account through an approved channel, so it can't get lost a second time." },
  choice { "Quickest thing is if you WhatsApp it to my work mobile. I'll give you the number.", id = "whatsapp",
    go = function(s)
      if s.route == "escalate" then return "escalate_detail" end
      return "reading_in"
    end,
    mood = 5, set = { photo_received = true, whatsapp = true },
    breach = "policy.data-handling",
    why = "Customer evidence belongs in Northway's secure systems, not on a messaging app on a phone. Data sent that way can't be properly controlled or linked to the account, and it puts his information at risk." },
}

node "reading_in" {
  narration = "The photo arrives: serial matches, display 45118, taken 09:14 on moving day. The bill's estimate was 45838, "
    .. "720 units too high. You enter 45118 as the move-out reading, note the photo as evidence, and re-bill.",
  customer = "Well? Don't keep me in suspense.",
  choice { function(s)
      local t = "Done. Your moving-day reading is now on the account, with your photo noted as the evidence, and your closing bill has been worked out again. "
        .. "It's come down from " .. s.estimate .. " to " .. s.corrected .. ": exactly £180 less. The corrected bill will be emailed to you today."
      if s.debt_hold then t = t .. " The collections hold stays on while that goes through." end
      return t
    end,
    id = "explain-bill",
    go = "goodwill", mood = 15, set = { rebilled = true },
    credit = { "complaint.resolve", "service.first-contact-resolution", "dpa.rectification", "service.clear-language" },
    why = "You've fixed the bill on this call and told him the result in plain words: the new amount and when he'll get it in writing. Correcting wrong account data promptly is also what the law expects." },
  choice { function(s)
      if s.debt_hold then
        return "Done. I've keyed a COT actual, reversed the EST read and rebilled. The DCA referral's suppressed, and the variance will drop out in the next bill run."
      end
      return "Done. I've keyed a COT actual, reversed the EST read and rebilled. The variance will drop out in the next bill run."
    end,
    id = "jargon",
    go = "goodwill", mood = -5, set = { rebilled = true },
    credit = { "complaint.resolve", "dpa.rectification" },
    breach = "service.clear-language",
    why = "The fix is right, but he can't understand a word of it. He's asked three times and been let down, so he needs to hear in plain words what has changed and what he owes." },
}

node "escalate_detail" {
  customer = function(s)
    if s.mood < 35 then
      return "A case. Right. That's what they said last time as well, more or less."
    end
    return "A proper case. OK. How's that different from the last three times, though?"
  end,
  choice { "I've marked it urgent for the metering team. They'll be in touch with you.", id = "vague",
    go = "fourth_time", mood = -15,
    effect = function(s) s.passes = math.min(s.passes + 1, 6) end,
    breach = { "service.escalate-clearly", "service.reliability" },
    why = "No owner, no time, and 'they'll be in touch' is the promise that's already failed three times. A hand-off needs a summary, a named owner and a time." },
  choice { function(s)
      local t = "It's a priority metering case now, not a note: reading 45118, your photo, the bill it replaces"
      if s.debt_hold then t = t .. ", the collections hold" end
      return t .. ". Gemma Holt, their team leader, has it, due Thursday. I'll ring you Friday morning regardless."
    end,
    id = "clear-escalation",
    go = "goodwill", mood = 10, set = { escalated = true },
    credit = { "service.escalate-clearly", "policy.escalation", "service.expectations" },
    why = "A clear hand-off: the facts, the evidence, a named owner and a deadline, plus your own promise to check. It's the opposite of the three notes that went nowhere." },
}

node "goodwill" {
  customer = function(s)
    if s.rebilled then
      return "Two hundred and thirty-two pounds sixty. That's what I worked it out at in the first place. Six weeks, though. Six weeks of this."
    end
    return "So I'm still waiting, but at least it's with somebody. Six weeks, though. Six weeks of this."
  end,
  choice { "You've been badly let down, and you shouldn't be out of pocket for our mistakes. I'm putting £150 compensation "
      .. "on your account right now for all the time and trouble. You'll see it on your final statement.", id = "over-limit",
    go = "neighbour", mood = 10, set = { goodwill = "£150" },
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "Your goodwill limit is £30; anything more needs a team leader's approval before you offer it. Promising more commits Northway to money you can't authorise. If it's reversed, he's let down again." },
  choice { "You shouldn't have had to chase us once. I've put £30 goodwill on your account, my limit without approval, "
      .. "and I'll note it in your complaint in case more is due.", id = "goodwill-30",
    go = "neighbour", mood = 10, set = { goodwill = "£30" },
    credit = { "heat.apologise", "policy.goodwill-limit", "service.limits-of-authority" },
    why = "A gesture within your own limit, given now. You're honest that more needs someone else's approval, and you don't promise what they'll decide." },
  choice { "Well, at least it's all sorted now.", id = "brush",
    go = "neighbour", mood = -5,
    breach = "heat.empathise",
    why = "He's telling you what six weeks of chasing has cost him. Brushing past it makes the call about the bill, not about him." },
}

node "neighbour" {
  customer = "Oh, one more thing. The new woman at Elm Road, Jasleen Kaur, rang in her own reading when she moved in. "
    .. "Can you check it matches mine? Or put my reading on her account too, so nobody comes back at me?",
  choice { "Let me have a quick look. Here we are: Ms Kaur gave 45121 the day after you left, so that lines up nicely with yours.", id = "check-hers",
    go = "disclosed", mood = 5, set = { third_party = "read" },
    breach = { "dpa.third-party-authority", "policy.data-handling" },
    why = "Ms Kaur's account and her readings are her personal data, and Mr Nowak has no authority to hear them. Northway can use every reading "
      .. "on that meter to check his, but telling him hers is an unauthorised disclosure: a personal data breach, even if meant kindly." },
  choice { "Sorry, data protection. I can't discuss anything to do with Elm Road now that you've moved out.", id = "data-wall",
    go = "complaint", mood = -10,
    credit = "dpa.third-party-authority",
    breach = { "heat.empathise", "heat.own" },
    why = "Right not to share anything from Ms Kaur's account, but wrong to say you can't discuss Elm Road at all. His own closing reading and bill are his data, "
      .. "and Northway can still check his reading against the meter's later readings. A flat 'data protection' leaves him worrying that his bill is still at risk." },
  choice { function(s)
      local t = "I can't share anything about the new occupant's account, or change it. But our metering team can use all the meter's readings to check yours. "
      if s.rebilled then
        return t .. "And your bill now rests on your own reading and photo."
      end
      return t .. "And your reading and photo are on the case."
    end,
    id = "decline-kindly",
    go = "complaint", mood = 5,
    credit = { "dpa.third-party-authority", "dpa.minimisation", "service.clear-language" },
    why = "You protect Ms Kaur's data without making a fuss and answer his real worry. Northway may use every reading on that meter, hers "
      .. "included, to check his closing reading; what it can't do is tell him hers or change her account on his word." },
  choice { "No problem, that makes sense. I'll put 45118 on Ms Kaur's account as her opening reading too, so the two match "
      .. "and nobody can come back at you for her usage.", id = "update-hers",
    go = "disclosed", mood = 5, set = { third_party = "changed" },
    breach = { "dpa.third-party-authority", "policy.data-handling" },
    why = "You'd be changing another customer's account on the word of someone with no authority over it. Her opening reading should come from her or from the meter, and a wrong entry could land her with a wrong bill." },
}

node "disclosed" {
  narration = function(s)
    if s.third_party == "changed" then
      return "Tomasz sounds relieved. As you close Ms Kaur's account, it sinks in: you've just changed another customer's account on the say-so of someone who isn't on it."
    end
    return "Tomasz sounds relieved. As you close Ms Kaur's account, it sinks in: you've just read out another customer's details to someone with no right to hear them."
  end,
  customer = "Brilliant. That's that, then.",
  choice { "Great. Right, let's get the rest of this tied up for you.", id = "carry-on",
    go = "complaint", set = { breach_hidden = true },
    breach = "dpa.breach-report",
    why = "Carrying on as if nothing happened hides a data protection incident. Every breach has to be reported inside the company straight away, so the risk to Ms Kaur can be assessed and her account put right." },
  choice { function(s)
      local did = "told you anything from someone else's account"
      if s.third_party == "changed" then did = "changed someone else's account on your word" end
      return "Mr Nowak, I need to correct myself. I shouldn't have " .. did .. ", and I'm reporting it to our Data Protection Team now so it can be put right. "
        .. "It makes no difference to your bill."
    end,
    id = "report",
    go = "complaint", minutes = 2, set = { breach_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling" },
    why = "Owning the mistake and reporting it at once is the right thing to do. Northway can then look at the risk to Ms Kaur and decide whether she or the ICO need to be told. The disclosure itself still happened." },
}

node "complaint" {
  customer = function(s)
    if s.mood < 40 then
      return "I'm not after anything, you know. I just want someone to know how this has been. Three times. Three people. The same words every time."
    end
    return "I'm not one for making a fuss, you know. I just don't want the next person to go through what I have. "
      .. "Three times. Three different people, all saying the same thing."
  end,
  choice { "I'm logging this as a complaint from your first call, acknowledged today in my name. "
      .. "If it isn't settled eight weeks from that call, or we send a deadlock letter, the Energy Ombudsman is free.", id = "log-it",
    go = "follow_up", mood = 5, minutes = 3, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "complaint.signpost", "policy.complaint-sla" },
    why = "You recognise the complaint without making him ask, sum it up, acknowledge it within Northway's one-working-day timescale with a named owner, and signpost the Energy Ombudsman correctly: eight weeks after he first complained, or sooner with a deadlock letter." },
  choice { "If you want to complain about it, Ofgem are the people to talk to. They're the regulator.", id = "ofgem",
    go = "follow_up", mood = -10,
    breach = { "complaint.log", "complaint.signpost", "ucp.misleading-rights" },
    why = "Ofgem regulates suppliers but doesn't settle individual complaints. Northway has to record his complaint and deal with it first, and the Energy Ombudsman is the scheme for unresolved energy complaints." },
  choice { "I'll log that as a complaint for you. And as you've been chasing this for six weeks now, you don't have to wait for us: "
      .. "you can take it straight to the Energy Ombudsman today. It's free and independent.", id = "ombudsman-now",
    go = "follow_up", set = { complaint_logged = true, ombudsman_now = true },
    credit = "complaint.log",
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "Logging it is right, but the Energy Ombudsman takes a case only after eight weeks or once the supplier has sent a deadlock letter. Six weeks of chasing doesn't meet that, so you've misstated his rights and set him up for a knock-back." },
  choice { function(s)
      if s.rebilled then
        return "I'm glad we got there in the end. As it's all been put right on this call, there's no need to make it a formal complaint."
      end
      return "I'm glad it's moving now. As it's being sorted, there's no need to make it a formal complaint."
    end,
    id = "not-complaint",
    go = "follow_up",
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "Under the energy complaint rules, any expression of dissatisfaction that expects a response is a complaint, whether or not he uses the word. Fixing it doesn't stop it being one. It must be recorded, or the pattern behind it is never seen." },
}

node "follow_up" {
  customer = function(s)
    if s.mood < 40 then
      return "And how do I know any of this'll actually happen once I put the phone down? I've heard it all before."
    end
    return "And how do I know it'll all actually happen this time? No offence, but I've heard it before."
  end,
  choice { "If anything isn't right, just ring us back and quote your reference.", id = "ring-us",
    go = "learn", mood = -10,
    breach = { "complaint.follow-up", "heat.own" },
    why = "That leaves him to check your work and chase again, which is exactly what's gone wrong for six weeks. Following up is Northway's job, not his." },
  choice { function(s)
      local t = "Fair question. This one's in my name, not a note. "
      if s.rebilled then
        t = t .. "I'll ring you myself on Thursday between two and four to check the corrected bill has arrived"
        if s.goodwill == "£30" and s.debt_hold then
          t = t .. ", the £30 credit is showing and the hold is still on"
        elseif s.goodwill == "£30" then
          t = t .. " and the £30 credit is showing"
        elseif s.debt_hold then
          t = t .. " and the hold is still on"
        end
        t = t .. ". If I miss you, I'll try again Friday morning."
      else
        t = t .. "Metering's deadline is Thursday. I'll ring you myself on Friday between nine and eleven with where it's got to. "
          .. "If I miss you, I'll try again that afternoon."
      end
      return t
    end,
    id = "named-callback",
    go = "learn", mood = 10, set = { followup_booked = true },
    credit = { "complaint.follow-up", "service.sla", "service.reliability", "policy.service-standards" },
    why = "A follow-up you own, at a set time, to check that what was promised has really happened. This is the one promise he hasn't heard before, so it has to be kept." },
  choice { "I promise you, this time it's different. I've put it in as top priority, so metering will call you first thing "
      .. "tomorrow and it'll all be finished by the end of the day. You won't need to ring us again.", id = "guarantee",
    go = "learn", mood = 5,
    breach = { "service.expectations", "service.reliability" },
    why = "You can't promise what another team will do, or when. It's the same promise that has failed three times, only bigger." },
}

node "learn" {
  narration = "The call ends. Before you take the next one, you look again at those three notes: three different advisers, the same words, "
    .. "and no metering case behind any of them.",
  choice { "Move on. Mr Nowak's sorted, and that's what matters.", id = "move-on",
    go = "notes",
    breach = "complaint.learn",
    why = "Fixing one customer's bill doesn't fix the process that failed him three times. If nobody reports it, the same thing will happen to the next customer." },
  choice { "Tell your team leader the process failed: call-back notes never reach metering, moving-day reads sit unchecked, "
      .. "and a debt letter went out on a disputed bill. Ask for a reply by Friday.", id = "flag-failure",
    go = "notes", minutes = 3, set = { process_flagged = true },
    credit = { "complaint.learn", "service.escalate-clearly", "policy.escalation" },
    why = "You pass on the root cause, not the blame, with the facts, a named owner and a date. That's how one complaint becomes a fix for everyone." },
  choice { "Email your team leader the names of the three advisers who wrote 'metering will call back', with the dates "
      .. "of each call, and say they need a formal warning so no customer goes through this again.", id = "name-and-shame",
    go = "notes",
    breach = "service.professional",
    why = "Three different people made the same mistake, which points to the process, not to three bad advisers. Singling them out won't find the root cause, and the next customer will be let down the same way." },
}

node "notes" {
  narration = "Last job: the contact note on Mr Nowak's account.",
  choice { "Cust v. hard work, kept repeating himself. Previous advisers clearly couldn't be bothered. Sorted it.", id = "opinion",
    go = function(s)
      if s.breach_hidden then return "breach_hidden" end
      if s.breach_reported then return "breach_reported" end
      if s.rebilled then return "put_right" end
      return "escalated_owned"
    end,
    breach = { "dpa.accurate-notes", "service.professional" },
    why = "Opinions and digs at colleagues aren't a record. Mr Nowak can see this note if he makes a subject access request, and the next adviser learns nothing from it about what was done." },
  choice { function(s)
      local t = "Former account holder Tomasz Nowak (22 Elm Road, flat 3; account closed six weeks ago) called about estimated closing bill of £412.60 and a final demand."
      if s.skipped_security then
        t = t .. " Security NOT completed."
      else
        t = t .. " Passed security."
      end
      t = t .. " Found: 3 previous calls each noted 'metering will call back', but no metering case was raised; his moving-day online reading was unworked in held reads."
      if s.debt_hold then t = t .. " Collections hold placed." end
      if s.whatsapp then
        t = t .. " Photo received on adviser's work mobile by WhatsApp (not a secure channel)."
      elseif s.photo_received then
        t = t .. " Photo received by secure upload."
      end
      if s.rebilled then
        t = t .. " Meter serial matches; reading 45118 at 09:14 on move-out day. Entered as move-out reading; closing bill corrected to £232.60 and emailed."
      elseif s.escalated then
        t = t .. " Priority metering case raised with reading and photo, assigned to metering team leader G. Holt, due Thursday."
      end
      if s.goodwill ~= "none" then t = t .. " Goodwill credit of " .. s.goodwill .. " applied." end
      if s.third_party == "read" then
        t = t .. " Adviser read out the new occupant's opening reading to the customer in error."
      elseif s.third_party == "changed" then
        t = t .. " Adviser changed the new occupant's opening reading at the customer's request in error."
      end
      if s.breach_reported then t = t .. " Reported to the Data Protection Team as a data incident." end
      if s.complaint_logged and s.ombudsman_now then
        t = t .. " Complaint logged; told he could go to the Energy Ombudsman now."
      elseif s.complaint_logged then
        t = t .. " Complaint logged; acknowledgement sent; Energy Ombudsman route (8 weeks or deadlock letter) explained."
      end
      if s.followup_booked then
        if s.rebilled then
          t = t .. " Follow-up call booked: adviser to call Thursday 2-4pm."
        else
          t = t .. " Follow-up call booked: adviser to call Friday 9-11am."
        end
      end
      if s.process_flagged then t = t .. " Process failure reported to team leader." end
      return t
    end,
    id = "factual",
    go = function(s)
      if s.breach_hidden then return "breach_hidden" end
      if s.breach_reported then return "breach_reported" end
      if s.rebilled then return "put_right" end
      return "escalated_owned"
    end,
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "Facts only: what he reported, what you found, what you did and what happens next. The next adviser won't have to ask him to repeat anything, which is the very thing that went wrong three times." },
  choice { "Called re closing bill. Sorted.", id = "bare",
    go = function(s)
      if s.breach_hidden then return "breach_hidden" end
      if s.breach_reported then return "breach_reported" end
      if s.rebilled then return "put_right" end
      return "escalated_owned"
    end,
    breach = { "dpa.accurate-notes", "policy.log-contact" },
    why = "A note this thin is how this went wrong: nobody reading it would know what was found, what was changed or what was promised. Record every contact fully enough for the next person to act on." },
}

ending "put_right" {
  kind = "resolved",
  customer = function(s)
    if s.mood >= 70 then
      return "Do you know, that's the first time in six weeks I've put the phone down feeling better. Thank you. I mean it."
    end
    if s.followup_booked then
      return "Right. Well. It's sorted, I suppose. We'll see on Thursday."
    end
    return "Right. Well. It's sorted, I suppose. We'll see."
  end,
  summary = function(s)
    local t = "Mr Nowak's moving-day reading was entered with his photo as evidence, and his closing bill was corrected by £180 on the call."
    if s.debt_hold then
      t = t .. " The collections hold stopped the debt referral."
    else
      t = t .. " But no collections hold went on, so the debt referral on the old bill may still go ahead."
    end
    if s.complaint_logged and s.followup_booked and s.process_flagged and not s.ombudsman_now then
      t = t .. " His complaint was logged and acknowledged, with the Energy Ombudsman route explained. You own a follow-up call, and the broken hand-off has been reported so it can be fixed for the next customer."
    else
      if not s.complaint_logged then t = t .. " His complaint wasn't properly logged, though. Any expression of dissatisfaction that expects a response is a complaint under the energy rules." end
      if s.ombudsman_now then t = t .. " His complaint was logged, but he was told he could go to the Energy Ombudsman now, when it takes a case only after eight weeks or a deadlock letter." end
      if not s.followup_booked then t = t .. " No follow-up was booked, so he's left to check it himself." end
      if not s.process_flagged then t = t .. " The process failure wasn't reported, so the next customer may be passed on in the same way." end
    end
    if s.skipped_security then t = t .. " But the account was discussed without checking who was calling, which is a serious data protection failure." end
    return t
  end,
}

ending "escalated_owned" {
  kind = "escalated",
  customer = function(s)
    if s.mood >= 60 then
      return "OK. Friday, then. Thank you for actually looking. That's more than I've had so far."
    end
    return "Friday, then. I'll believe it when I see it."
  end,
  summary = function(s)
    local t = "The bill isn't corrected yet, but this hand-off is different: the metering case has the evidence, a named owner and a deadline."
    if s.debt_hold then
      t = t .. " Collections are on hold, so the debt referral has stopped."
    else
      t = t .. " But no collections hold went on, so the debt referral may still go ahead while metering look at it."
    end
    if s.followup_booked then t = t .. " You own the follow-up call." end
    if s.complaint_logged and s.ombudsman_now then
      t = t .. " The complaint is logged, but he was told he could go to the Energy Ombudsman now, when it takes a case only after eight weeks or a deadlock letter."
    elseif s.complaint_logged then
      t = t .. " The complaint is logged, with the Energy Ombudsman route (after eight weeks or a deadlock letter) explained."
    end
    t = t .. " You could have entered the reading yourself with his photo and fixed it on this call."
    if s.skipped_security then t = t .. " Skipping security was a serious data protection failure." end
    return t
  end,
}

ending "handed_on" {
  kind = "unresolved",
  narration = "The line goes to hold music. He'll be telling the story to a fifth person.",
  summary = function(s)
    if s.debt_hold then
      return "Mr Nowak was transferred to a manager, his fifth person in six weeks. The collections hold is on, but the bill is still wrong. "
        .. "You had the authority to enter his reading and re-bill. Owning it would have saved him another retelling and Northway another complaint."
    end
    return "Mr Nowak was transferred to a manager, his fifth person in six weeks, with nothing fixed: the bill is still wrong and the debt referral is still running. "
      .. "You had the authority to stop collections, enter his reading and re-bill. Owning it would have saved him another retelling and Northway another complaint."
  end,
}

ending "gave_up" {
  kind = "lost",
  customer = function(s)
    if s.mood < 10 then
      return "Forget it. I'm done. I'll go to Citizens Advice and they can deal with you."
    end
    return "No. I've had enough of this. I'll write to someone who'll actually listen."
  end,
  narration = "The line goes dead.",
  summary = function(s)
    local t = "Mr Nowak gave up with a bill £180 too high and a debt referral still running, after being passed on or pushed to pay again. "
    if s.debt_hold then
      t = "Mr Nowak gave up with a bill £180 too high, after being passed on again. The collections hold is on, but nobody has fixed the bill. "
    end
    return t .. "Northway now faces a complaint it could have prevented, and possibly the Energy Ombudsman later, because nobody would take ownership."
  end,
}

ending "breach_reported" {
  kind = "escalated",
  narration = "You send the Data Protection Team the details of what happened with Ms Kaur's account, and copy in your team leader.",
  summary = function(s)
    local t
    if s.third_party == "changed" then
      t = "You may have sorted Mr Nowak's problem, but you also changed a new occupant's account for someone with no authority over it. "
        .. "Changing her opening reading on his say-so is a serious data protection failure and could leave her with a wrong bill. "
    else
      t = "You may have sorted Mr Nowak's problem, but you also read out a new occupant's reading to someone with no authority to hear it. "
        .. "Northway could have used her reading to check his, but telling him was a personal data breach. "
    end
    return t .. "Reporting it straight away was right: Northway can now assess the risk to Ms Kaur and put her account right."
  end,
}

ending "breach_hidden" {
  kind = "lost",
  customer = "Cheers. Bye, then.",
  summary = function(s)
    local t = "You read out Ms Kaur's details to someone with no authority to hear them, then said nothing. "
    if s.third_party == "changed" then
      t = "You changed Ms Kaur's account on the word of someone with no authority over it, then said nothing. "
    end
    return t .. "Hiding a breach means Northway can't protect her, correct her account or meet its duty to record and, where needed, report it. "
      .. "Another customer's data was put at risk to save a moment on the call."
  end,
}

expect { best_grade = "Distinction" }
expect { best_ending = "put_right" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { breaching = "dpa.verify-identity", grade = "Refer" }
