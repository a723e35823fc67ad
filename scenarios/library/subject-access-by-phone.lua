-- Frontline scenario: a subject access request made in passing, during a call about a disputed bill.
-- Organisation: Northway Energy (gas and electricity supplier), phone contact centre.

scenario {
  id = "northway.subject-access-by-phone",
  title = "Everything you've got on me",
  brief = "You're taking calls in Northway Energy's contact centre. It's Wednesday 4 November. Grace Adeyemi has a new account "
    .. "in her own name at 27 Kestrel Road. She's still named, with her ex-partner Marcus Bell, on the account for the flat they used to share, "
    .. "Flat 3 Ashby Court, where he still lives. She's ringing about a bill for that flat. Listen for everything she asks for.",
  organisation = "northway",
  role = "Customer service adviser, Northway Energy contact centre (phone)",
  level = 2,
  minutes = 12,
  topics = { "data-protection", "subject-access", "complaints", "record-keeping", "heat" },
  customer = { name = "Grace Adeyemi", look = "woman-in-her-thirties", mood = 35 },
  start = "greeting",
  state = {
    today = "4th of November",
    due = "4th of December",
    email_pending = false,
    verified = false,
    sar_logged = false,
    mistake = "none",
    bill_done = false,
    complaint_logged = false,
    notes_altered = false,
  },
}

node "greeting" {
  narration = "The call connects. There's traffic in the background. The caller sounds as if she's walking fast.",
  customer = "Hi. I've had a bill for four hundred and eighty-six pounds for my old flat, 3 Ashby Court. I moved out in June, "
    .. "and I rang and told you! I want it sorting. And I want everything you've got on me, call notes too.",
  choice { "I can help with the bill. For copies of your information, though, you'll need to write to our data protection "
      .. "team using the form on our website, so it's official. They'll take it from there.",
    id = "write-in",
    go = "sar_row", mood = -10, set = { mistake = "write" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "A subject access request can be made verbally, through any channel, to anyone in the organisation. It doesn't need a form or the words 'subject access'. "
      .. "She has just made one. Telling her to write in misstates her rights." },
  choice { "Sorry, what a thing to get after moving out. I can help with the bill and with copies of your information. "
      .. "First, security: full name, address, date of birth and last payment date?",
    id = "listen",
    go = "security", mood = 10,
    credit = { "heat.hear", "heat.empathise", "policy.security-questions" },
    why = "You show you've heard both of her requests, not just the bill, acknowledge how she feels, and do security before you go near any account." },
  choice { "I can look at the bill for you. The call notes are internal, though, so they're not something we send out.",
    id = "internal",
    go = "sar_row", mood = -10, set = { mistake = "internal" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Call notes about a customer are her personal data, and she can have a copy under a subject access request. "
      .. "'Internal' doesn't stop them being disclosed." },
}

node "sar_row" {
  customer = function(s)
    if s.mistake == "fee" then
      return "A tenner? And forty days? My cousin works in HR and she says it's free now, and it's a month. Which is it?"
    elseif s.mistake == "internal" then
      return "Internal? They're notes about me. About what I said to you. How is that not mine?"
    end
    if s.mood < 25 then
      return "Write in? I'm on the phone to you now! Why can't you just take it? I haven't got time for forms."
    end
    return "Write in? I'm on the phone to you now. Why can't you just take it?"
  end,
  choice { "I do understand, but that's the process, I'm afraid, and it's there to protect your data. I can't do anything "
      .. "about it from here, but the data protection team will explain it all.",
    id = "insist",
    go = "fobbed_off", mood = -20,
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "She's right and you're wrong. Standing by a made-up rule blocks a legal right, and she's likely to complain to the ICO." },
  choice { function(s)
      if s.mistake == "fee" then
        return "You're right, I'm sorry. It's normally free, and we have one calendar month, so by the " .. s.due .. ". "
          .. "If it's complex it can go up to two more months, but they'd tell you why within the month."
      end
      return "You're right, and I'm sorry, I got that wrong. Asking me on the phone is enough. It's called a subject access request, "
        .. "and it covers everything we hold about you, call notes included. I'll log it now."
    end,
    id = "correct",
    go = function(s)
      if not s.verified then return "security" end
      if s.mistake == "fee" then return "delivery" end
      return "sar_details"
    end,
    mood = 10, set = { sar_logged = true },
    credit = { "dpa.sar", "heat.apologise" },
    why = "Correct yourself straight away: a request by phone is valid, it covers call notes, it's normally free, and the answer is due within one month." },
}

node "security" {
  narration = function(s)
    local t = "You check her answers. They match her account at 27 Kestrel Road, which is in her name only. "
      .. "She is also named, with Marcus Bell, on the account for Flat 3 Ashby Court."
    if s.mistake ~= "none" then
      t = "You take her through security: name, address, date of birth and her last payment. " .. t
    end
    return t
  end,
  customer = "Grace Adeyemi, 27 Kestrel Road, Leeds. Ninth of March 1991. And my Direct Debit went out on the first. The Ashby Court one's my old flat.",
  choice { "Thanks, that all matches. For the copies, though, we'll need a scan of your passport and two recent utility "
      .. "bills by email before the team can start. It's for your own protection, with data like this.",
    id = "passport",
    go = "id_row", mood = -10, set = { verified = true },
    breach = "dpa.minimisation",
    why = "ID checks for a subject access request must be reasonable and proportionate. She has just passed security on a call with her own supplier. "
      .. "Demanding a passport and two bills collects more personal data than you need and puts a barrier in her way." },
  choice { "Thanks, that all matches. Let's sort out the bill first, and we'll come back to your copies after.",
    id = "bill-first",
    when = "not sar_logged",
    go = "bill", set = { verified = true },
    credit = "dpa.verify-identity",
    why = "Reasonable, as long as you do come back to it. A request made in passing is easy to forget, and the one-month clock has already started." },
  choice { function(s)
      if s.sar_logged then
        return "Thanks, Ms Adeyemi, that all matches. I'm logging your subject access request now, dated the " .. s.today .. ", "
          .. "so it's on record before we do anything else."
      end
      return "Thanks, that all matches. Your copies first, so they don't get lost: that's a subject access request, "
        .. "and asking me is enough. I'm logging it now, dated the " .. s.today .. "."
    end,
    id = "recognise",
    go = "sar_details", mood = 5, set = { verified = true, sar_logged = true },
    credit = { "dpa.verify-identity", "dpa.sar", "service.responsiveness" },
    why = "You recognise a subject access request without her needing to use the words, and log it at once with the date, because the one-month time limit runs from when she asked." },
}

node "id_row" {
  customer = "A passport and two utility bills? You've just taken me through security! I've been with you six years. You send me the utility bills!",
  choice { "You're right, I'm sorry. You've passed security, and that's enough for me to log your request. If the data "
      .. "protection team need anything else to be sure it's you, they'll be in touch.",
    id = "proportionate",
    go = "sar_details", mood = 10, set = { sar_logged = true },
    credit = { "heat.apologise", "dpa.verify-identity" },
    why = "Identity checks should fit the situation. She's an existing customer who has just passed security. Any further checks are for the data protection team to decide." },
  choice { "I'm sorry, I know it's a pain, but that's the process for data requests, and it's there for your own "
      .. "protection. Without the passport and the bills we can't start, so I'd send them today.",
    id = "insist",
    go = "fobbed_off", mood = -20,
    breach = { "dpa.minimisation", "dpa.sar" },
    why = "Insisting on excessive ID for a customer you've already verified blocks her right of access. She's likely to give up, or complain to the ICO." },
}

node "sar_details" {
  customer = "OK. So how long does that take? And is there a charge? My mate said somewhere charged her a tenner.",
  choice { "Your mate's right: there's a £10 admin fee to cover the searching and copying, and we've got 40 days to send "
      .. "it all out. I can take the payment now over the phone if that's easier for you.",
    id = "fee",
    go = "sar_row", mood = -10, set = { mistake = "fee" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Those were the old rules under the 1998 Act. Now a subject access request is normally free, and the answer is due within one month." },
  choice { "There's no charge, and I'll make sure it's with you by Friday.",
    id = "by-friday",
    go = "delivery", mood = 10,
    breach = "service.expectations",
    why = "Free is right, but you can't promise Friday: the data protection team has to gather and check everything. "
      .. "Give her the real timescale, one month, rather than a promise that's likely to be broken." },
  choice { "No fee. We have one calendar month, so by the {due}. If it's complex, that can go up to two more months, but "
      .. "they'd tell you why within the month. It's going to them now.",
    id = "correct",
    go = "delivery", mood = 5, set = { sar_logged = true },
    credit = { "dpa.sar", "service.expectations", "policy.data-handling" },
    why = "Accurate and specific: normally free, one month to the same date next month, a possible extension of up to two months with notice and reasons, "
      .. "and the request goes straight to the team that handles it." },
}

node "delivery" {
  customer = "And how will I get it?",
  choice { "It'll be posted to the address on the Ashby Court account, as that's where most of the notes and letters are "
      .. "from, so everything stays together in one place for you.",
    id = "old-address",
    go = "address_row", mood = -15,
    breach = "policy.data-handling",
    why = "She no longer lives at Ashby Court, and someone else does. Sending her personal data there risks disclosing it to a third party. Always check where she wants it sent." },
  choice { "How would you like it? I've got 27 Kestrel Road and the email address on your current account. The team can "
      .. "send it securely by email, or by post.",
    id = "ask",
    go = function(s)
      if s.bill_done then return "wrap_up" end
      return "bill"
    end,
    mood = 5, set = { email_pending = true },
    credit = { "service.questioning", "policy.data-handling" },
    why = "Asking how she wants it, and checking the contact details you hold, makes sure her data reaches her and nobody else." },
}

node "address_row" {
  customer = "No! Not there. Marcus, my ex, still lives there. That's the last thing I want him opening.",
  choice { "It's just what the system does, I'm afraid: it goes to the account the notes are on. But it'll be in a sealed "
      .. "envelope with your name on, so he won't open it.",
    id = "system",
    go = "fobbed_off", mood = -20,
    breach = { "policy.data-handling", "service.professional" },
    why = "You've been told the address is unsafe for her data. Sending it there anyway risks a personal data breach, and brushing off her worry ends the call badly." },
  choice { "I'm sorry, that was careless of me. It'll come to you, not to Ashby Court. Would you like it by email, or posted to 27 Kestrel Road?",
    id = "fix",
    go = function(s)
      if s.bill_done then return "wrap_up" end
      return "bill"
    end,
    mood = 10, set = { email_pending = true },
    credit = { "heat.apologise", "policy.data-handling" },
    why = "You own the slip at once and make sure her data goes only to her." },
}

node "bill" {
  narration = function(s)
    local t = ""
    if s.email_pending then t = "Grace asks for it by email, and you add that to the request. " end
    return t .. "You open the Ashby Court account. It's in joint names: Grace Adeyemi and Marcus Bell. The bill is £486.20 for 12 June to 20 September. "
      .. "There's a note dated 14 June: 'Ms Adeyemi called. Moved out 12/06, gave reading 14522. Wants name removed. "
      .. "Removal needs the other holder to confirm; letter sent.' Nothing happened after that."
  end,
  customer = "Well? Is there anything on there or not?",
  choice { "I can't see anything to say your name's come off, so I'm afraid the bill stands.",
    id = "none",
    go = "bill_row", mood = -15, set = { mistake = "none-found", email_pending = false },
    breach = { "complaint.investigate", "heat.hear" },
    why = "The note of her June call is right there. Reading only the outcome and missing the note means you've not investigated what she told you." },
  choice { "It's a joint account in both your names, so I'm afraid the dates are between you and Mr Bell. Once you've "
      .. "agreed them, either of you can ring us and we'll look at splitting the bill.",
    id = "joint",
    go = "bill_row", mood = -15, set = { mistake = "joint", email_pending = false },
    breach = { "heat.own", "complaint.investigate" },
    why = "Whatever the position on a joint account, she told Northway in June that she'd moved out, and the request was never finished. "
      .. "Pushing it back onto her and her ex ignores Northway's part in it." },
  choice { "Yes. On 14 June you rang to say you'd moved out on the 12th, with a reading of 14522, and asked to come off "
      .. "the account. That needed the other holder to confirm, and it was never finished.",
    id = "found",
    go = "august_note", mood = 10, set = { email_pending = false },
    credit = { "complaint.investigate", "service.clear-language" },
    why = "You read the record properly and tell her plainly what it shows, including where Northway's process stalled." },
}

node "bill_row" {
  customer = function(s)
    if s.mood < 20 then
      return "No. No, that's not right. I rang you on the fourteenth of June. Two days after I moved, I was sat on boxes in my new kitchen. Look again. Properly."
    end
    return "That's not right. I rang you on the fourteenth of June. Two days after I moved, I was sat on boxes in my new kitchen. Can you look again?"
  end,
  choice { "I've looked again, and there's nothing here to say your name came off, so the bill stands. If you think you "
      .. "rang, you could find the call on your phone bill and send it in to us.",
    id = "insist",
    go = "fobbed_off", mood = -20,
    breach = { "heat.own", "service.professional" },
    why = "She has told you exactly when she rang. Refusing to check again is a brush-off, and her dissatisfaction still isn't recorded as a complaint." },
  choice { "Sorry, let me look properly. Yes, here it is: 14 June. You rang to say you'd moved out on the 12th and gave a "
      .. "reading of 14522. Taking your name off was never finished.",
    id = "look-again",
    go = "august_note", mood = 10,
    credit = { "complaint.investigate", "heat.apologise" },
    why = "Checking again when the customer gives you a specific date is the right thing to do. You find what you missed and say so." },
}

node "august_note" {
  narration = "Below the June note is one from 2 August, written by another adviser: "
    .. "'Customer rang re bill. Very rude, obviously lying about moving out to get out of paying.'",
  customer = "And I rang again in August. The bloke I spoke to was horrible to me. What did he put?",
  choice { "(Before you answer, quietly reword the 2 August note to 'Customer called about the bill', so it reads better when her copy goes out.) "
      .. "\"Just that you called about the bill.\"",
    id = "reword",
    go = "billing_fix", set = { notes_altered = true },
    breach = { "dpa.accurate-notes", "dpa.sar" },
    why = "Never change a record to stop it being disclosed. It's an offence under the Data Protection Act 2018 (s.173) to alter, destroy or conceal information "
      .. "to prevent it being disclosed in answer to a subject access request, and she has already made one. Flag a badly written note; don't rewrite it." },
  choice { "There's a note, and honestly, it states opinion as fact. I'm sorry about that call. I won't change it: you'll "
      .. "see it in your copy, I'll flag it, and you can ask us to correct it.",
    id = "honest",
    go = "billing_fix", mood = 5,
    credit = { "heat.apologise", "heat.own", "dpa.rectification", "dpa.accurate-notes" },
    why = "You're honest without reading out an insult, leave the record alone, raise the problem properly, and tell her how to get inaccurate data corrected." },
  choice { "Nothing you need to worry about. Those notes are just for us, a shorthand to help the next adviser, so they're "
      .. "not something we'd send out. What matters is getting this bill sorted.",
    id = "just-for-us",
    go = "billing_fix", mood = -5,
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Call notes aren't 'just for us'. They are her personal data, and she'll get a copy under her subject access request. "
      .. "Telling her otherwise misleads her about her rights." },
}

node "billing_fix" {
  customer = function(s)
    if s.mood < 40 then
      return "So what happens now? Because I am not paying for his gas and electric. I haven't lived there since June."
    end
    return "Right. So what happens with the bill? I'm not paying for his gas and electric."
  end,
  choice { "Leave it with me. I can see exactly what's happened, so I'll take your name off from 12 June and move the "
      .. "whole bill over to Mr Bell now. You won't hear any more about it.",
    id = "rebill-now",
    go = "marcus", mood = 10, set = { bill_done = true },
    breach = "service.limits-of-authority",
    why = "The June note says taking her name off needed the other holder's agreement. Moving a debt onto another customer's account is for the billing team "
      .. "to decide once they've heard from both sides. If they reach a different view, she'll have been promised something she can't have." },
  choice { "I'm logging this as a complaint and sending billing the June note and your reading. Acknowledgement tomorrow, "
      .. "a reply within eight weeks; then, or sooner with a deadlock letter, the Energy Ombudsman, free.",
    id = "complaint",
    go = "marcus", mood = 10, minutes = 2, set = { bill_done = true, complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "complaint.signpost", "heat.own", "service.expectations" },
    why = "She's unhappy and expects a response, so it's a complaint. You log it, send the evidence to the team that can decide, set out Northway's timescales "
      .. "and the Energy Ombudsman route: after eight weeks, or sooner with a deadlock letter." },
  choice { "The best thing is to pay it for now and claim it back off Mr Bell.",
    id = "pay-claim",
    go = "marcus", mood = -15, set = { bill_done = true },
    breach = { "heat.own", "complaint.log" },
    why = "She has disputed the bill and Northway's own process failed. Telling her to pay and chase her ex ignores that, and her complaint never gets recorded." },
}

node "marcus" {
  narration = "A doorbell, voices, then a man on the line: \"Marcus Bell, I'm on the Ashby Court account. She moved out in July, "
    .. "not June. And what's this about her wanting everything you've got? Is she after my calls too?\"",
  choice { "Don't worry, Mr Bell. Ms Adeyemi's only asked for a copy of everything we hold on her, call notes included. "
      .. "It's her own information, not yours, so none of your calls will be in it.",
    id = "tell-marcus",
    go = "marcus_told", set = { mistake = "told" },
    breach = "dpa.third-party-authority",
    why = "Grace's request, and what it covers, is her personal data. Marcus has no authority to hear about it, and being named on the Ashby Court account "
      .. "doesn't give him any. This is an unauthorised disclosure to her ex-partner." },
  choice { "Thanks, Mr Bell. I can't discuss Ms Adeyemi's account, or anything she's asked for, with anyone but her. For "
      .. "Ashby Court, ring us and we'll do security. Could I have her back?",
    id = "decline",
    go = "grace_back",
    credit = { "dpa.third-party-authority", "service.professional" },
    why = "You stay polite, give nothing away about Grace, tell him how he can deal with his own account, and get the customer back." },
  choice { "While I've got you: the bill on that account is £486.20, and Ms Adeyemi is disputing it, so you might be getting a letter.",
    id = "bill-to-marcus",
    go = "marcus_told", set = { mistake = "bill" },
    breach = { "dpa.third-party-authority", "dpa.verify-identity", "policy.security-questions" },
    why = "He hasn't passed security, so you don't know who he is, and Grace's dispute is her business. "
      .. "Discussing the account and her complaint with an unverified caller is an unauthorised disclosure." },
  choice { "I can't speak to you. Put her back on.",
    id = "curt",
    go = "grace_back", mood = -5,
    credit = "dpa.third-party-authority",
    breach = "service.professional",
    why = "You protect her data, but a curt refusal with no explanation is unprofessional, and Grace hears how you spoke to him." },
}

node "marcus_told" {
  narration = "Marcus laughs and hands the phone back. In the background you hear him say, \"Good luck with that, Grace.\"",
  customer = "What did you just say to him? He's stood there smirking at me. What did you tell him?",
  choice { "Nothing much, honestly, just a bit about why you'd rung. It's no big deal: he's on the old account anyway, and "
      .. "he'd have found out soon enough when the letters came.",
    id = "minimise",
    go = "breach_hidden", mood = -20,
    breach = "dpa.breach-report",
    why = "Disclosing her information to her ex-partner is a personal data breach. It must be reported internally at once, not played down. "
      .. "Hiding it stops Northway assessing the risk to her." },
  choice { function(s)
      local what = "about your request"
      if s.mistake == "bill" then what = "that you're disputing the bill" end
      return "I'm sorry. I told Mr Bell " .. what .. ", and I shouldn't have: he had no right to it. "
        .. "I'm reporting it to our data protection team straight away, and I'll note exactly what was said."
    end,
    id = "report",
    go = "breach_reported", mood = 5,
    credit = { "dpa.breach-report", "policy.data-handling", "heat.apologise", "heat.own" },
    why = "Own it, tell her honestly, and report it internally at once. The data protection team decides what happens next, including whether the ICO must be told." },
}

node "grace_back" {
  customer = function(s)
    if s.mood < 40 then
      return "Sorry about him. What did he want? He's not getting anything, is he?"
    end
    return "Sorry about that. He's dropping the kids back. What did he want? You didn't tell him anything, did you?"
  end,
  choice { "Nothing much, don't worry. It was about the dates, and you two will need to sort those out between yourselves "
      .. "before billing can do anything with the bill.",
    id = "shrug",
    go = function(s)
      if s.sar_logged then return "wrap_up" end
      return "sar_reminder"
    end,
    mood = -10,
    breach = "heat.own",
    why = "She's worried about her ex and her data. A shrug doesn't reassure her, and the dates are for the billing team, not her and Marcus, to settle." },
  choice { "Don't apologise. I haven't discussed your account, bill or request with him. Kestrel Road is in your name "
      .. "only, so we'll only deal with you, unless you ask us to add someone.",
    id = "reassure",
    go = function(s)
      if s.sar_logged then return "wrap_up" end
      return "sar_reminder"
    end,
    mood = 5,
    credit = { "policy.authorised-person", "service.clear-language" },
    why = "You tell her plainly what was and wasn't said, and that nobody else can deal with her account unless she authorises them herself." },
}

node "sar_reminder" {
  customer = "And you still haven't said anything about my copies. Everything you've got on me, remember? Call notes and all.",
  choice { "Sorry, you're right, I said I'd come back to it. That's a subject access request, and asking me is enough. I'm "
      .. "logging it now, dated the {today}.",
    id = "log-now",
    go = "sar_details", set = { sar_logged = true },
    credit = { "dpa.sar", "heat.apologise" },
    why = "You keep your promise to come back to it, and log it with the date she asked, today." },
  choice { "I haven't forgotten. For that, though, you'll need to write to the data protection team: the form's on our "
      .. "website, and they'll confirm the fee and timescale when they get it.",
    id = "write-in",
    go = "sar_row", mood = -10, set = { mistake = "write" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "She made a valid subject access request at the start of the call. It doesn't need to be in writing." },
}

node "wrap_up" {
  narration = function(s)
    if s.email_pending then
      return "Grace asks for it by email, and you add that to the request. Before you end the call, you write up the contact note on Grace's account."
    end
    return "Before you end the call, you write up the contact note on Grace's account."
  end,
  customer = function(s)
    if s.mood >= 60 then
      return "Right. Thanks. Honestly, that's more than I got the last two times."
    end
    return "Right. Is that everything, then?"
  end,
  choice { "Customer hostile about bill, messy break-up, ex came on the line. Wants all her data, probably building a case against us.",
    id = "opinion",
    go = function(s)
      if s.notes_altered then return "altered" end
      if s.complaint_logged then return "sorted" end
      return "sar_only"
    end,
    breach = "dpa.accurate-notes",
    why = "Guesses about her motives and private life, written as fact, don't belong in a record. She will read this note in her subject access copy." },
  choice { function(s)
      local t = "Verified. Customer made a subject access request by phone on " .. s.today .. " for all data held, including call notes. Logged, due " .. s.due .. ", "
        .. "passed to the data protection team; to be sent by email, not to Ashby Court."
      if s.complaint_logged then
        t = t .. " Complaint logged: disputes liability on Ashby Court from 12/06. 14/06 note and reading 14522 sent to billing."
      else
        t = t .. " Customer disputes liability on Ashby Court from 12/06."
      end
      t = t .. " Mr Bell (other holder on Ashby Court) came on the line; nothing about Ms Adeyemi's account disclosed."
      if not s.notes_altered then
        t = t .. " 02/08 note states opinion as fact: flagged to team leader, not altered."
      end
      return t
    end,
    id = "factual",
    go = function(s)
      if s.notes_altered then return "altered" end
      if s.complaint_logged then return "sorted" end
      return "sar_only"
    end,
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "Facts only: what she asked for and when, what you did, who else came on the line and what was or wasn't disclosed. It's the record she'll see." },
  choice { "(Skip the note. The request's been passed on, that'll do.)",
    id = "skip",
    go = function(s)
      if s.notes_altered then return "altered" end
      if s.complaint_logged then return "sorted" end
      return "sar_only"
    end,
    breach = "policy.log-contact",
    why = "Every contact is logged. Without a note, the next adviser won't know about the request, the dispute or the third party who came on the line." },
}

ending "sorted" {
  kind = "resolved",
  customer = "Thank you. I'll look out for it.",
  summary = "You recognised Grace's subject access request although she never called it that, logged it with the date, and told her it was free and due within "
    .. "one month. It went to the data protection team. Her bill dispute is logged with the billing team, and her ex-partner was told nothing. "
    .. "Her records went out as they were.",
}

ending "sar_only" {
  kind = "resolved",
  customer = "Fine. I'll wait for the copies, then. And I'm still not paying that bill.",
  summary = "Grace's subject access request was logged, but her dispute about the bill was never logged as a complaint. "
    .. "Nobody will investigate it, the reminders will keep coming, and she hasn't been told about the Energy Ombudsman.",
}

ending "altered" {
  kind = "resolved",
  customer = "OK. Thanks. Bye.",
  summary = "The call ended politely, but you changed a record after Grace had asked for a copy of her data, so what she receives will not be the truth. "
    .. "Altering or concealing information to stop it being disclosed under a subject access request is an offence under the Data Protection Act 2018 (s.173). "
    .. "A badly worded note should have been flagged, not rewritten.",
}

ending "fobbed_off" {
  kind = "lost",
  customer = "Forget it. I'll go to the Information Commissioner, and I'll find another supplier while I'm at it.",
  summary = "Grace was put off exercising her right of access. A subject access request can be made by phone, is normally free, covers call notes, "
    .. "and must be answered within one month. She is likely to complain to the ICO, and Northway has lost her trust.",
}

ending "breach_reported" {
  kind = "escalated",
  narration = "You report the incident to the data protection team before you take another call.",
  summary = "Telling Grace's ex-partner about her request or her dispute was an unauthorised disclosure of her personal data. "
    .. "Reporting it at once was right: the data protection team can assess the risk to her and decide whether the ICO or Grace needs to be told more.",
}

ending "breach_hidden" {
  kind = "lost",
  customer = "Unbelievable. I'm putting the phone down.",
  summary = "You disclosed Grace's information to her ex-partner and then played it down. A personal data breach must be reported internally at once. "
    .. "Hiding it leaves her unprotected and stops Northway assessing the risk.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "sorted" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
