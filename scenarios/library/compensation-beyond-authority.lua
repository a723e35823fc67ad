-- Frontline scenario: two missed engineer appointments and a demand for £200 compensation,
-- beyond the adviser's own goodwill limit.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.compensation-beyond-authority",
  title = "Two missed appointments and a £200 demand",
  brief = "You're taking calls in Northway Energy's contact centre. Joyce Whitfield's electricity meter needs replacing. "
    .. "Northway's installer has missed two booked appointments, and she took a day off work for each one. "
    .. "She wants £200 compensation, and she wants it on this call. "
    .. "You can give goodwill of up to £30 yourself. Anything more needs your team leader's approval.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 2,
  minutes = 12,
  topics = { "complaints", "escalation", "limits-of-authority", "data-protection", "heat" },
  customer = { name = "Joyce Whitfield", look = "woman-in-her-fifties", mood = 20 },
  start = "opening",
  state = {
    read_out = false,
    investigated = false,
    owned = false,
    promised = false,
    goodwill_applied = false,
    escalated_clearly = false,
    escalated_vaguely = false,
    complaint_logged = false,
    son_ok = false,
    son_disclosed = false,
    incident_reported = false,
    rebooked = false,
    gsop_told = false,
    gsop_wrong = false,
    over_promised = false,
    signposted = false,
    son_added = false,
    predicted = false,
    guaranteed = false,
    mistake = "none",
  },
}

node "opening" {
  narration = "The call connects. Before you've finished your greeting, the caller is talking over you.",
  customer = "Don't bother with the script, love. I've had two days off work waiting in for your engineer, "
    .. "and nobody came. Twice! No call, no text, nothing. I want two hundred pounds compensation, now, on this call.",
  choice { "I'm afraid the most I can offer is £30. That's my limit.", id = "limit",
    go = "limit_row", mood = -15, set = { mistake = "limit" },
    breach = { "heat.hear", "heat.empathise", "energy.gsop-appointments" },
    why = "Jumping straight to what you can't do, before you've heard what happened, tells her you're not listening. "
      .. "Hear her out and acknowledge the two lost days first. The money conversation goes better once she feels heard, "
      .. "and it isn't only £30: missed appointments carry their own payment set by law." },
  choice { "Can I take your account number and postcode first, please?", id = "account-first",
    go = "story", mood = -5, set = { mistake = "rushed" },
    breach = { "heat.hear", "heat.empathise" },
    why = "You'll need to do security, but leading with it while she's mid-flow, without a word about her two lost days, feels like a script. "
      .. "Acknowledge how she feels and let her say what's happened first. It takes a minute and it calms the call down." },
  choice { "I'm so sorry. Two days off and nobody came? I'd be fuming too. Tell me what happened.", id = "hear",
    go = "story", mood = 10,
    credit = { "heat.hear", "heat.empathise" },
    why = "Letting her explain, and saying plainly that you understand why she's angry, is the quickest way to lower the temperature." },
  choice { "I'm sorry to hear that. I should explain up front, though: any payment for a missed appointment is goodwill, "
      .. "at our discretion, and the most I can give is £30. Can I take your account number so I can look?", id = "discretion",
    go = "limit_row", mood = -15, set = { mistake = "limit" },
    breach = { "energy.gsop-appointments", "heat.hear" },
    why = "That's wrong. A missed appointment carries a fixed payment set by law, £40 for each one, paid automatically. It isn't goodwill and it "
      .. "isn't capped by your £30 limit. And you've jumped to money before hearing what happened." },
}

node "limit_row" {
  customer = "Thirty pounds? You haven't even asked me what happened! Do you know what I lose for a day off?",
  choice { "It's £30 or nothing, I'm afraid. That's the policy.", id = "take-it",
    go = "lost_call", mood = -20, set = { mistake = "limit" },
    breach = { "heat.own", "service.limits-of-authority", "energy.gsop-appointments" },
    why = "£30 is your own limit, not the end of the road. Acting within your authority also means escalating when a customer needs more than you can give. "
      .. "It isn't even true: each missed appointment carries a £40 payment set by law. 'Take it or leave it' leaves her nowhere to go but a formal complaint." },
  choice { "You're right, and I'm sorry. I jumped ahead. Tell me what happened, and then we'll look at what I can do.", id = "sorry-listen",
    go = "story", mood = 10, set = { mistake = "none" },
    credit = { "heat.apologise", "heat.hear" },
    why = "Owning the rushed start and going back to listen puts the call back on track." },
}

node "story" {
  customer = function(s)
    local t = ""
    if s.mistake == "rushed" then
      t = "You can have numbers in a minute. Listen to me first. "
    end
    return t .. "My meter's been broken since the summer. The screen's blank, so I'm on estimated bills. "
      .. "You booked an engineer for last Tuesday, eight till twelve. I took the day off, unpaid, and sat in all morning. Nobody came. "
      .. "I rang, and you rebooked me for Friday, twelve till four. Another day off. Nobody. Nobody rang to say they weren't coming, either. "
      .. "I work in a school kitchen. If I'm not there, I don't get paid."
  end,
  choice { "That's shocking, Mrs Whitfield. Leave it with me. I'll put the £200 on your account today.", id = "pay-now",
    go = "promised", mood = 15, set = { promised = true, over_promised = true },
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "You can only authorise £30 of goodwill yourself. Promising £200 commits Northway to something you can't deliver. "
      .. "When it doesn't appear, she has a second, worse complaint." },
  choice { "Thanks for explaining. Two wasted days is awful. So I can look into it: your full name and address, please, "
      .. "then your date of birth and your last payment amount?", id = "security",
    go = "security_check", mood = 5,
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "The caller gives you the details and you check them against the account. That's how you know who you're speaking to before you discuss anything on it." },
  choice { "I've found an account under the number you're calling from, so we can skip the questions. I'll read the address out, "
      .. "and you just say yes if it's yours: 27 Elm Grove, Harrogate, HG2 7QX?", id = "read-address",
    go = "security_check", set = { read_out = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "Reading out the address and asking for a yes tells her personal data to whoever is holding the phone, and a yes proves nothing. "
      .. "Security means the caller gives you the details, not the other way round. Disclosing data to an unverified caller is a personal data breach." },
}

node "security_check" {
  narration = function(s)
    if s.read_out then
      return "\"Yes, that's me,\" she says. The account opens on your screen. She hasn't told you anything that only the account holder would know."
    end
    return "She gives her name, address, date of birth and the amount of her last payment. They all match the account, so she's through security."
  end,
  customer = "Right. So now you've got me up on your screen. What are you going to do about it?",
  choice { "Let me look at exactly what happened with both appointments, so I'm not guessing. Bear with me a moment.", id = "investigate",
    go = "findings", minutes = 2, set = { investigated = true },
    credit = "complaint.investigate",
    why = "Checking the job notes before you respond means you can tell her what actually went wrong, not a guess." },
  choice { "Are you sure you were in, though? Engineers always knock, and people do miss them.", id = "blame",
    go = "blamed", mood = -20, set = { mistake = "blame" },
    breach = { "service.professional", "complaint.investigate" },
    why = "You have nothing to suggest she wasn't in. Hinting that it's her fault, before you've even looked, is blaming the customer and makes her angrier." },
  choice { "Let's deal with the £200 first, as that's what you've asked for.", id = "money-first",
    go = "demand",
    breach = "complaint.investigate",
    why = "Answering her request is fair, but you don't yet know what went wrong. Deciding about money before you've checked the job notes is guessing. "
      .. "Look first, so you can own the failure properly." },
  choice { "Before I look, can I just check something? We always text a reminder the day before, and the engineer texts when they're on the way. "
      .. "If the mobile number we have is wrong, that could be why you've missed them.", id = "texts",
    go = "blamed", mood = -15, set = { mistake = "texts" },
    breach = { "service.professional", "complaint.investigate" },
    why = "You haven't looked at the notes, yet you're already suggesting the problem is her phone number. Check the records before you decide "
      .. "anything, and don't hint that your company's failure is the customer's fault." },
}

node "blamed" {
  customer = function(s)
    local t = "Am I sure? "
    if s.mistake == "texts" then
      t = "My number's fine. You texted me to book both visits! "
    end
    return t .. "I sat at the front window both days with my coat on the chair. I didn't even put the hoover on in case I missed the bell. "
      .. "Don't you dare tell me it's my fault."
  end,
  choice { "I'm sorry, that was the wrong thing to say, and you've no reason to be doubted. Let me look at the notes for both appointments now.", id = "apologise",
    go = "findings", mood = 5, minutes = 2, set = { investigated = true, mistake = "none" },
    credit = { "heat.apologise", "complaint.investigate" },
    why = "Withdrawing the suggestion straight away and then checking the facts repairs trust." },
  choice { "Our engineers don't just not turn up. I'd need some proof you were actually in.", id = "insist",
    go = "lost_call", mood = -20, set = { mistake = "blame" },
    breach = { "service.professional", "heat.own" },
    why = "Asking the customer to prove your own company's failure, without even checking the notes, is blaming her. She has every reason to hang up and complain." },
}

node "findings" {
  narration = "The job notes load. Tuesday: the installer cancelled at 7.40am, engineer off sick; the text to Mrs Whitfield never went. "
    .. "Friday: the engineer overran on an earlier job and the visit was moved. Nobody told her.",
  customer = function(s)
    if s.mood < 25 then
      return "Well? Go on, what does it say? Or are you going to tell me I imagined it?"
    end
    return "Well? What does it say?"
  end,
  choice { "Right, I see the problem. It was the installation company both times, not Northway. They're a separate firm "
      .. "with their own complaints process, so it's really them you'd need to complain to. I can give you their number.", id = "blame-contractor",
    go = "contractor_row", mood = -15, set = { mistake = "contractor" },
    breach = { "heat.own", "service.professional", "ucp.misleading-rights" },
    why = "Northway booked the visits and the installer was working on its behalf, so the complaint is Northway's to handle. "
      .. "Energy suppliers must record and deal with complaints themselves. Sending her to the contractor misleads her about where she can get redress." },
  choice { "It looks like there were some scheduling issues. These things happen sometimes, unfortunately.", id = "vague",
    go = "demand", mood = -10,
    breach = { "heat.own", "heat.empathise" },
    why = "'These things happen' brushes off two lost days' pay. Say what went wrong and own it on Northway's behalf." },
  choice { "I'm sorry, we let you down twice. Tuesday the engineer was off sick and your text never went. Friday they ran out of time, "
      .. "and nobody told you. That's on Northway.", id = "own-it",
    go = "demand", mood = 10, set = { owned = true },
    credit = { "heat.apologise", "heat.own", "service.clear-language" },
    why = "A plain account of what went wrong, a real apology and no excuses. The installer acts for Northway, so Northway owns the failure." },
}

node "contractor_row" {
  customer = "A separate firm? I didn't book them, I booked you! Your name's on my bill. Your name was on the text confirming the appointment. "
    .. "I'm not ringing round half of Yorkshire to find out who's to blame.",
  choice { "You're right, and I'm sorry. You booked with Northway, the installer was working for us, and it's our job to sort this out, not yours.", id = "correct",
    go = "demand", mood = 10, set = { owned = true, mistake = "none" },
    credit = { "heat.apologise", "heat.own" },
    why = "Correcting yourself quickly and taking responsibility gets the conversation back on track." },
  choice { "I'm only telling you how it works. It's their engineer, so it's their problem.", id = "insist",
    go = "lost_call", mood = -20,
    breach = { "heat.own", "ucp.misleading-rights" },
    why = "Repeating that she must go to the contractor misleads her about her rights. Her complaint is with Northway. She is likely to hang up and take it further." },
}

node "demand" {
  customer = function(s)
    if s.mood < 20 then
      return "Sorry doesn't pay my wages! Two days I've lost. That's two hundred pounds, near enough, and I want it today. Not a letter. Not a callback. Today!"
    end
    if s.owned then
      return "Well, at least you've admitted it. But sorry doesn't pay my wages. I lost two days' pay, that's about two hundred pounds. I want it put right today, not in a letter in six weeks."
    end
    return "Never mind all that. I lost two days' pay, that's about two hundred pounds, and I want it today. Not in a letter in six weeks."
  end,
  choice { "You've been badly let down, and you shouldn't be out of pocket for our mistakes. I'm putting the full £200 on your account now "
      .. "as compensation, and I'll note it so nobody can take it off again. You have my word.", id = "promise-200",
    go = "promised", mood = 15, set = { promised = true, over_promised = true },
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "It sounds generous, but £200 is well over your £30 goodwill limit. Promising it without approval commits Northway to something you can't deliver, "
      .. "and you'll have to go back on your word." },
  choice { "By law you're owed £40 for each missed visit, so £80, paid within ten working days with no claim needed. "
      .. "I can add £30 goodwill now, my limit, and ask my team leader about the rest.", id = "within-authority",
    go = "limits_explained", mood = 5, set = { goodwill_applied = true, gsop_told = true },
    credit = { "energy.gsop-appointments", "policy.goodwill-limit", "service.limits-of-authority", "heat.own" },
    why = "The £40 for each missed appointment is a fixed payment set by law, not goodwill, so it doesn't count against your limit. "
      .. "You add what you can authorise straight away, and you don't promise what only your team leader can approve." },
  choice { "I'm afraid compensation isn't a thing for missed appointments. All I can do is rebook it.", id = "refuse",
    go = "refused_row", mood = -20, set = { mistake = "refused" },
    breach = { "energy.gsop-appointments", "heat.own" },
    why = "That's not true. Each missed appointment carries a £40 payment set by law, paid automatically within ten working days. Northway can also give goodwill, "
      .. "and she can complain. Telling her there's nothing to be had misstates her rights." },
  choice { "There's no need to get hysterical, sweetheart. Calm down and we'll see what we can do.", id = "hysterical",
    go = "harassed", mood = -30,
    breach = { "eqa.harassment", "service.professional" },
    why = "'Sweetheart' and 'hysterical' are gendered put-downs. Unwanted conduct related to sex that degrades or humiliates a customer can be harassment "
      .. "under s.26 of the Equality Act 2010, and Northway can be held liable for what its staff say." },
  choice { "I can put £30 goodwill on now, which is my limit. For the missed appointments themselves, you'd need to send in a claim form "
      .. "within 28 days, and if it's approved you'd get £30 for each one.", id = "claim-form",
    go = "limits_explained", mood = -5, set = { goodwill_applied = true, gsop_wrong = true },
    credit = "policy.goodwill-limit",
    breach = { "energy.gsop-appointments", "heat.own" },
    why = "The goodwill is right, but the rest isn't. The missed-appointment payment is £40 each, and it's automatic: Northway must pay it "
      .. "within ten working days without her claiming. A claim form puts a hurdle in front of money the law says is hers." },
}

node "refused_row" {
  customer = "Isn't a thing? Two days' wages and it isn't a thing? Right. I want to make a formal complaint, and I'll be going to the ombudsman.",
  choice { "You can complain if you want. It won't change anything.", id = "stonewall",
    go = "lost_call", mood = -20,
    breach = { "complaint.log", "heat.own", "service.professional" },
    why = "She has made a complaint, and energy suppliers must record and handle every complaint. Brushing it off leaves it unrecorded, and she'll go elsewhere." },
  choice { "I'm sorry, that was wrong. You're owed £40 for each missed visit by law, paid automatically. I'll log your complaint, "
      .. "add £30 goodwill now, my limit, and ask my team leader about the rest.", id = "correct",
    go = "limits_explained", mood = 10, minutes = 2, set = { goodwill_applied = true, gsop_told = true, complaint_logged = true, mistake = "none" },
    credit = { "heat.apologise", "energy.gsop-appointments", "complaint.log", "policy.goodwill-limit", "service.limits-of-authority" },
    why = "Correcting your mistake straight away, telling her what the law gives her, and offering what you can do within your authority rescues the call." },
}

node "promised" {
  narration = "You open the goodwill screen and type £200. A warning flashes up: \"Amount exceeds your authority (£30). Refer to a team leader for approval.\"",
  customer = "Go on, then. I'm waiting. I want to hear you say it's done.",
  choice { "Done. You'll see the £200 on your next bill.", id = "fudge",
    go = "false_promise",
    breach = { "service.reliability", "service.limits-of-authority" },
    why = "It isn't done, and you can't do it. Telling her it is sets her up to find nothing on her bill, and that will become a much bigger complaint." },
  choice { "No problem, I'll put it through as seven goodwill payments of £30 instead. The system lets those through without a team leader, "
      .. "so you'll have it today and nobody has to wait for a decision.", id = "split",
    go = "workaround",
    breach = { "policy.goodwill-limit", "service.seek-approval", "service.limits-of-authority" },
    why = "Splitting a payment to get round a limit is deliberately avoiding the approval the policy requires. "
      .. "If you think she deserves more than £30, get approval first. Don't work round the control." },
  choice { "I'm sorry, I spoke too soon: I can't authorise £200. You're owed £40 by law for each missed visit, I can add £30 goodwill now, "
      .. "and my team leader decides the rest today.", id = "come-clean",
    go = "limits_explained", mood = -10, set = { goodwill_applied = true, gsop_told = true, promised = false },
    credit = { "heat.apologise", "heat.own", "service.limits-of-authority", "energy.gsop-appointments" },
    why = "Going back on a promise is uncomfortable, but owning it now is far better than letting her find out from her bill." },
}

node "limits_explained" {
  customer = function(s)
    if s.mood < 25 then
      return "Thirty quid. I lose more than that before dinner time. And your team leader will 'decide'. When? Who is she? I've heard all this before."
    end
    if s.gsop_told then
      return "Well, that's a start. But what happens about the rest? Every time I ring, I end up starting again with somebody new."
    end
    return "Thirty's a start, I suppose. But what happens about the rest? Every time I ring, I end up starting again with somebody new."
  end,
  choice { "I'll pass it on, and someone will get back to you.", id = "vague-pass",
    go = "son_takes_over", mood = -10, set = { escalated_vaguely = true },
    breach = { "service.escalate-clearly", "service.expectations" },
    why = "No name, no time and no summary: she has no idea when she'll hear or who from. She's already told you she's tired of starting again." },
  choice { function(s)
      local t = "The £30's on now. The rest of your claim goes to my team leader, Hannah Price, today: two missed visits, no warning, "
        .. "two days' lost pay. She'll ring by 5pm tomorrow."
      if s.complaint_logged then return t .. " And your complaint's logged." end
      return t .. " I'm logging a complaint too."
    end,
    id = "escalate-clear",
    go = "son_takes_over", mood = 10, minutes = 2, set = { escalated_clearly = true, complaint_logged = true },
    credit = { "service.escalate-clearly", "service.seek-approval", "policy.escalation", "service.expectations", "complaint.log" },
    why = "You ask for approval for the amount beyond your limit, hand it over with a summary, a named owner and a time, and log the complaint. "
      .. "She won't have to tell the story again." },
  choice { "I'll email my team leader now and ask her to approve the full £200 as a one-off. She nearly always says yes when it's our fault, "
      .. "so I'd expect to see it on your account by the end of the week.", id = "predict-yes",
    go = "son_takes_over", mood = 10, set = { escalated_vaguely = true, predicted = true },
    breach = { "service.expectations", "service.escalate-clearly" },
    why = "You can't promise what your team leader will decide, and 'nearly always' will sound like a yes. If she says no, Mrs Whitfield has been let down a third time. "
      .. "Give a named owner and a time for the decision, not a prediction of it." },
}

node "son_takes_over" {
  narration = "There's a muffled argument at the other end. Then a man's voice comes on the line.",
  customer = "Hello? Martin, her son. Mum's getting in a state, so I'll deal with this. What have you put on her account? "
    .. "And what address and phone number have you got for her? Her letters have been all over the place.",
  choice { "Of course, Martin, thanks for stepping in. I've put £30 of goodwill on the account, and we've got her at 27 Elm Grove, Harrogate, "
      .. "HG2 7QX, with a mobile ending 448. Does that all look right?", id = "just-tell",
    go = "son_disclosed", mood = 5, set = { son_disclosed = true },
    breach = "dpa.third-party-authority",
    why = "Martin isn't on the account, and his mum hasn't said you can talk to him. Being her son gives him no right to her data. "
      .. "Giving him her account details, address and phone number is an unauthorised disclosure, and a personal data breach." },
  choice { "Hello, Martin. Happy to help, but it's your mum's account, so I need her OK first. Could you pass me back to her for a moment?", id = "check-consent",
    go = "consent",
    credit = "dpa.third-party-authority",
    why = "Her son may well be trying to help, but only the account holder can say who you discuss her account with. A quick word with her sorts it out." },
  choice { "I can't talk to you. Data protection. Put your mum back on.", id = "refuse-flat",
    go = "consent", mood = -10,
    credit = "dpa.third-party-authority", breach = "service.professional",
    why = "Right rule, wrong delivery. A flat refusal sounds like a brush-off to a family already fed up with Northway. Explain why, and say how it can be sorted." },
}

node "son_disclosed" {
  narration = "As you finish, you notice that the account has no authorised person on it. Martin hasn't been through security, and Mrs Whitfield never said you could talk to him. "
    .. "Martin carries on.",
  customer = "Right, that's the right address at least. What's her balance? And while you're at it, change the phone number to mine.",
  choice { "The balance is £312.56, and I'll change the number to yours now.", id = "carry-on",
    go = "martin",
    breach = { "dpa.third-party-authority", "dpa.s170", "policy.authorised-person" },
    why = "You now know he has no authority, and you carry on anyway. Knowingly disclosing personal data without the company's consent can be a criminal offence "
      .. "under s.170 of the Data Protection Act 2018. Changing her contact details on a third party's say-so could lock her out of her own account." },
  choice { "Sorry, Martin, I need to stop there. I shouldn't have given you those details without your mum's say-so. Could you pass me back to her, please? "
      .. "I'll also need to report what I've just done to our Data Protection Team.", id = "stop-report",
    go = "consent", mood = -5, set = { incident_reported = true },
    credit = { "dpa.breach-report", "policy.data-handling", "heat.own" },
    why = "You can't undo the disclosure, but you can stop it getting worse and report it at once, as Northway's data handling policy requires. "
      .. "Then the Data Protection Team can assess the risk to Mrs Whitfield." },
  choice { "Actually, could you put your mum back on, please?", id = "stop-quietly",
    go = "consent",
    why = "Stopping is right, but you've said nothing about the disclosure. A personal data breach must be reported internally at once, even an awkward one." },
}

node "consent" {
  narration = function(s)
    if s.son_disclosed then
      return "Martin sighs, then passes the phone back to his mother."
    end
    return "Martin passes the phone back to his mother."
  end,
  customer = function(s)
    if s.mood < 25 then
      return "It's me. Yes, talk to Martin. He's my son. I'm too wound up to think straight."
    end
    return "It's me. Yes, talk to Martin, he's my son. I need a cup of tea before I say something I regret."
  end,
  choice { "Lovely. I'll add Martin to your account, so he can deal with everything from now on.", id = "add-anyway",
    go = "martin", set = { son_ok = true, son_added = true },
    breach = "policy.authorised-person",
    why = "She said you could talk to Martin, not that he should have ongoing access to her account. "
      .. "Adding someone needs the account holder's clear consent to that, so ask her and explain what it means." },
  choice { "Thanks. So you're happy for me to talk to Martin about this complaint, on this call? "
      .. "If you'd like him to ring about your account in future, I can add him, but that's up to you.", id = "confirm-scope",
    go = "martin", set = { son_ok = true },
    credit = { "dpa.third-party-authority", "policy.authorised-person", "service.clear-language" },
    why = "The verified account holder gives her own consent, and you make clear what it covers. Anything more, such as ongoing access, is her choice." },
  choice { "Thanks. Before I can talk to Martin, he'll need to pass security as well: his date of birth, his address and the last four digits "
      .. "of his bank card. And I'll need a signed letter of authority from you in the post.", id = "over-check",
    go = "martin", mood = -10, set = { son_ok = true, mistake = "over-check" },
    breach = { "dpa.minimisation", "policy.data-handling" },
    why = "She's passed security and said yes on the call, which is all Northway's policy asks. Martin's date of birth and card digits, and a letter, "
      .. "collect personal data the task doesn't need and hold up a family that's already waited long enough." },
}

node "martin" {
  narration = function(s)
    if s.mistake == "over-check" then
      return "Mrs Whitfield says she's not posting anything. Martin reads out his details through gritted teeth, then carries on."
    end
    if s.son_added then
      return "You add Martin to the account as an authorised person. He comes back on."
    end
    if s.son_ok then
      return "Mrs Whitfield says that's fine for today, and she'll think about the rest. Martin comes back on."
    end
    return "You change the phone number on the account to Martin's. He carries on."
  end,
  customer = function(s)
    if s.mood < 25 then
      return "Thirty quid now and the rest 'maybe'. If that's a no, Mum's not letting this go. Can she go straight to the ombudsman? Because that's where this is heading."
    end
    local rest = "your team leader decides the rest"
    if s.escalated_vaguely and not s.predicted then rest = "somebody gets back to us about the rest" end
    if s.gsop_told then
      return "Right. The eighty for the missed visits, thirty now, and " .. rest .. ". If it's a no, can Mum go to the ombudsman today?"
    end
    return "Right. Thirty now, and " .. rest .. ". If it's a no, can Mum go to the ombudsman today?"
  end,
  choice { "Not yet. It's logged as NW-C-48213: an acknowledgement within a working day, a final response within eight weeks. "
      .. "After eight weeks, or a deadlock letter, the Energy Ombudsman is free.", id = "signpost",
    when = "complaint_logged",
    go = "rebook", mood = 10, set = { signposted = true },
    credit = { "complaint.acknowledge", "complaint.signpost", "policy.complaint-sla", "ucp.misleading-rights", "service.expectations" },
    why = "Accurate and specific: a reference, the acknowledgement and response timescales, and the Energy Ombudsman route after eight weeks or a deadlock letter." },
  choice { "Yes, she can go straight to the Energy Ombudsman today, or to Ofgem if she'd rather.", id = "ombudsman-now",
    go = "rebook",
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "The Energy Ombudsman takes a case after eight weeks, or sooner if Northway sends a deadlock letter, not on day one. "
      .. "Ofgem regulates suppliers but doesn't settle individual complaints. Both set a false expectation." },
  choice { "I'll log it as a complaint now: NW-C-48213. She'll get an acknowledgement in a working day and a final response within eight weeks. "
      .. "After eight weeks, or a deadlock letter, she can go to the Energy Ombudsman free.", id = "log-and-signpost",
    when = "not complaint_logged",
    go = "rebook", mood = 10, minutes = 2, set = { complaint_logged = true, signposted = true },
    credit = { "complaint.log", "complaint.acknowledge", "complaint.signpost", "policy.complaint-sla", "ucp.misleading-rights", "service.expectations" },
    why = "This is a complaint, so log it. Then set out the timescales and the Energy Ombudsman route after eight weeks or a deadlock letter." },
  choice { "She'd need to put her complaint in writing first. Then we'd look at it.", id = "in-writing",
    when = "not complaint_logged",
    go = "rebook", mood = -10,
    breach = { "complaint.log", "ucp.misleading-rights" },
    why = "Under the energy complaint-handling rules, any expression of dissatisfaction that expects a response is a complaint. There's no need for it to be in writing. "
      .. "She has already complained on this call, so log it now." },
  choice { "Not yet, and not for a while. The ombudsman won't look at anything until we've sent our final response and closed the complaint, "
      .. "however long that takes, so there's no point her contacting them before then.", id = "wait-for-us",
    go = "rebook", mood = -10,
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "That's wrong. She can go to the Energy Ombudsman once eight weeks have passed since she complained, even without a final response, "
      .. "or sooner with a deadlock letter. Telling her to wait indefinitely misstates her rights." },
}

node "rebook" {
  narration = "Martin isn't finished.",
  customer = "And what about the meter? That's how all this started. Nobody's actually fixed anything.",
  choice { "I've booked Monday morning as a priority, so I can guarantee the engineer will be there at eight on the dot. "
      .. "If they're even a minute late, she can ring me and I'll put another £50 on her account.", id = "guarantee",
    go = "notes", mood = 5, set = { rebooked = true, guaranteed = true },
    credit = "heat.own", breach = { "service.expectations", "policy.goodwill-limit" },
    why = "Booking it is good, but you can't guarantee what an engineer does on the day, and £50 is over your goodwill limit. "
      .. "After two failures, one more broken promise would be the last straw." },
  choice { "She'll need to ring the bookings team on the number on her bill to arrange a new visit.", id = "ring-bookings",
    go = "notes", mood = -10,
    breach = { "heat.own", "service.first-contact-resolution", "policy.service-standards" },
    why = "Northway's service standards say whoever the customer reaches first owns the problem. She's on the phone to Northway now. Sending her to make another call, after two missed visits, is passing the problem back to her." },
  choice { "I've booked Monday, eight till twelve, as a priority revisit. The installer will ring her half an hour before, "
      .. "and I'll call her on Friday to check it's all set.", id = "firm-slot",
    go = "notes", mood = 10, minutes = 2, set = { rebooked = true },
    credit = { "heat.own", "service.expectations", "complaint.follow-up", "policy.service-standards" },
    why = "You fix the original problem on this call, say exactly what will happen, and commit to a follow-up you can keep." },
}

-- Whatever the note says, the call ends where the route left it: a disclosure first, then how the
-- rest of the claim was handed on.
local function after_notes(s)
  if s.son_disclosed and not s.incident_reported then return "data_leak" end
  if s.son_disclosed then return "incident_reported" end
  if s.escalated_clearly then return "escalated_well" end
  return "left_hanging"
end

node "notes" {
  narration = "Before the call ends, you write up the contact and complaint notes for Hannah and the complaints team.",
  choice { "Customer very aggressive and demanding from the start. Son took over. Clearly just after money. Gave her £30 to calm her down.", id = "opinion",
    go = after_notes,
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "Opinions and guesses written as fact don't belong in a record, and she could see this note through a subject access request. "
      .. "Record what happened and what was agreed. Hannah needs facts to make her decision." },
  choice { function(s)
      local t = "Two missed meter-exchange appointments (Tue: installer cancelled 7.40am, engineer sick, text not sent; Fri: engineer ran out of time, visit moved, customer not told). "
      if not s.investigated then
        t = "Two missed meter-exchange appointments, Tue 8-12 and Fri 12-4, nobody attended and customer not told (her account; job notes not yet checked). "
      end
      t = t .. "Customer took two days' unpaid leave and asks for £200. Two missed-appointment payments of £40 due within 10 working days"
      if s.gsop_told then
        t = t .. ", explained to the customer."
      elseif s.gsop_wrong then
        t = t .. "; the customer was wrongly told a claim form was needed."
      else
        t = t .. "."
      end
      if s.goodwill_applied then t = t .. " £30 goodwill applied (adviser limit)." end
      if s.escalated_clearly then
        t = t .. " Rest of claim referred to TL Hannah Price for decision; she will call the customer by 5pm tomorrow."
      elseif s.escalated_vaguely then
        t = t .. " Remaining claim to be passed to a team leader."
      end
      if s.complaint_logged then
        t = t .. " Complaint logged, ref NW-C-48213" .. (s.signposted and "; complaints process and Energy Ombudsman route explained." or ".")
      end
      if s.son_ok then t = t .. " Customer consented on the call to us discussing this complaint with her son, Martin." end
      if s.son_added then t = t .. " Martin added to the account as an authorised person." end
      if s.son_disclosed then t = t .. " Account details disclosed to son before consent was given." end
      if s.incident_reported then t = t .. " Disclosure reported to the Data Protection Team." end
      if s.rebooked then t = t .. " Revisit booked Monday 8-12." end
      if s.guaranteed then t = t .. " Adviser told the customer the engineer would arrive at 8am and offered £50 more if late (not approved)." end
      return t
    end,
    id = "factual",
    go = after_notes,
    credit = { "dpa.accurate-notes", "policy.log-contact", "policy.data-handling" },
    why = "Facts only: what went wrong, what she asked for, what you did, who decides the rest and by when. Hannah can act on it without ringing her to ask again." },
  choice { "Missed appts x2. Cust wants compo. Passed to TL.", id = "bare",
    go = after_notes,
    breach = "policy.log-contact",
    why = "Every contact must be recorded properly. This note doesn't say what went wrong, what you've already paid or what was promised, so Hannah would have to start again." },
  choice { function(s)
      local t = "Customer very aggressive and demanding from the start; two missed appointments (Tue and Fri), though she may not have been in. "
        .. "Says she took two days' unpaid leave and wants £200, which seems a lot for a school kitchen job."
      if s.goodwill_applied then t = t .. " £30 goodwill applied to calm her down." end
      if s.escalated_clearly then
        t = t .. " Rest referred to TL Hannah Price; she will call by 5pm tomorrow. Expect a difficult call."
      elseif s.escalated_vaguely then
        t = t .. " Rest to be passed to a team leader."
      end
      if s.complaint_logged then t = t .. " Complaint logged, ref NW-C-48213. Threatening the ombudsman." end
      if s.son_ok then t = t .. " Son Martin took over; seems to be the one behind the claim." end
      if s.son_disclosed then t = t .. " Account details given to son." end
      if s.incident_reported then t = t .. " Reported to the Data Protection Team." end
      if s.rebooked then t = t .. " Revisit booked Monday 8-12." end
      return t
    end,
    id = "slanted",
    go = after_notes,
    credit = "policy.log-contact",
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "It covers the call, but it slants every fact: 'may not have been in' when the job notes show Northway cancelled, 'seems a lot', "
      .. "'behind the claim'. Hannah would read a biased case, and Mrs Whitfield could see it through a subject access request." },
}

ending "escalated_well" {
  kind = "escalated",
  customer = function(s)
    if s.mood >= 55 then
      return "Right. That's the first time anyone's actually told us what's going on. Thanks. We'll wait for Hannah's call."
    end
    return "Fine. 5pm tomorrow, then. And if Hannah doesn't ring, you'll be hearing from us."
  end,
  summary = function(s)
    local t = "You stayed within your £30 goodwill limit and applied it straight away."
    if s.over_promised then
      t = "You promised more than you could authorise, then put it right and applied the £30 you could give."
    end
    t = t .. " You escalated the rest of Mrs Whitfield's claim to your team leader with a clear summary, a named owner and a callback time."
    if s.gsop_told then
      t = t .. " She knows the £40 for each missed visit is hers by law, with no claim needed."
    elseif s.gsop_wrong then
      t = t .. " But she was told to send in a claim form for £30 a visit, when the law gives her £40 for each missed visit automatically."
    else
      t = t .. " Nobody told her that each missed visit carries a £40 payment set by law."
    end
    if s.signposted then
      t = t .. " Her complaint was logged, and she knows she can go to the Energy Ombudsman after eight weeks or a deadlock letter."
    else
      t = t .. " Her complaint was logged, but what she was told about the Energy Ombudsman was wrong."
    end
    if s.guaranteed then
      t = t .. " You also guaranteed the engineer to the minute and promised £50 more if they're late: neither was yours to promise."
    elseif not s.rebooked then
      t = t .. " The meter visit still isn't rebooked, so she has to ring again."
    end
    return t
  end,
}

ending "left_hanging" {
  kind = "unresolved",
  customer = "So someone will ring at some point. Where have I heard that before?",
  summary = function(s)
    if s.predicted then
      return "You told Mrs Whitfield your team leader would almost certainly approve the £200, with no time for the decision and no callback booked. "
        .. "If the answer is no, she has been let down a third time, so expect another angry call, and a complaint that's harder to resolve."
    end
    return "Mrs Whitfield's claim was passed on with no owner, no summary and no time. After two broken promises she has no reason to believe anyone will call, "
      .. "so expect another angry call, and a complaint that's harder to resolve."
  end,
}

ending "incident_reported" {
  kind = "escalated",
  narration = "After the call, you fill in the data incident form and talk Hannah through what you told Martin. The Data Protection Team picks it up within the hour.",
  summary = "You gave Mrs Whitfield's details to her son before she had agreed. That was an unauthorised disclosure of her personal data. "
    .. "Reporting it straight away was right: the Data Protection Team can now assess the risk and decide whether the ICO and Mrs Whitfield need to be told.",
}

ending "data_leak" {
  kind = "lost",
  customer = "Cheers. Bye.",
  summary = "You disclosed Mrs Whitfield's details to her son without her consent and never reported it to the Data Protection Team. An unreported breach means Northway can't protect her "
    .. "or meet its duty to record it, and a second complaint, about her data, is waiting to happen.",
  breach = { "dpa.breach-report", "policy.data-handling" },
}

ending "lost_call" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = function(s)
    if s.mistake == "blame" then
      return "Mrs Whitfield hung up after being told, in effect, that the missed visits were her fault. Nobody checked the job notes, which showed Northway's installer had cancelled both visits without telling her."
    end
    if s.mistake == "contractor" then
      return "Mrs Whitfield hung up after being told to complain to the installer. The installer acts for Northway, so her complaint is Northway's to record and resolve."
    end
    return "Mrs Whitfield hung up with nothing resolved and nothing logged, and nobody told her about the £40 the law gives her for each missed visit. "
      .. "Her complaint, and the chance to put it right within your authority, have been lost."
  end,
}

ending "harassed" {
  kind = "lost",
  customer = "Sweetheart? Hysterical? I'll be putting that in writing. And I want your name.",
  summary = "A gendered put-down turned a compensation complaint into a possible harassment claim under the Equality Act 2010. "
    .. "Mrs Whitfield's original complaint is still unresolved, and now there's a second one about you.",
}

ending "false_promise" {
  kind = "unresolved",
  customer = "Right. I'll be checking.",
  summary = "You told Mrs Whitfield that £200 had been paid when you had no authority to pay it. When it doesn't appear, Northway must either go back on your word "
    .. "or honour a promise nobody approved. Either way, the complaint gets worse.",
}

ending "workaround" {
  kind = "resolved",
  customer = "Well, that's more like it. Thank you.",
  summary = "Mrs Whitfield got her £200, but only because you split it to get round your £30 goodwill limit without approval. "
    .. "The limit exists so that larger payments are checked. Expect this to come up at your next review.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "escalated_well" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
