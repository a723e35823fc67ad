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
  minutes = 14,
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
    note_flagged = false,
    note_hidden = false,
    note_reply = "none",
    sar_misstated = false,
    told_month = false,
    scope = "none",
    blocked = "none",
    ico_reply = "none",
    dpc_call = false,
    dpc_breach = false,
    bill_route = "none",
    contact_note = "unwritten",
  },
}

-- What the ending summaries say about the request itself, so each says only what happened on this route.
local function sar_part(s)
  local t
  if s.sar_misstated then
    t = "You got Grace's subject access request wrong at first, then put it right and logged it with the date."
  else
    t = "You recognised Grace's subject access request although she never called it that, and logged it with the date."
  end
  if s.told_month then
    t = t .. " She knows it's free and due by the " .. s.due .. "."
  else
    t = t .. " You said it was free but promised Friday, instead of giving her the real deadline of one month."
  end
  if s.scope == "misstated" then
    t = t .. " You also told her older calls and emails wouldn't be searched: a reasonable and proportionate search still means a proper one."
  elseif s.scope == "guaranteed" then
    t = t .. " Guaranteeing every recording since she joined promised more than anyone can check."
  end
  return t
end

-- What they add about data-protection complaints, the 2 August note and the contact note.
local function note_part(s)
  local t = ""
  if s.dpc_call then
    t = t .. " Her complaint about how this call handled her data is logged as a data-protection complaint, and she knows she can also go to the ICO."
  end
  if s.note_flagged and s.note_reply == "logged" then
    t = t .. " The 2 August note was left as it was, with a dated correction, and her complaint about it is logged as a data-protection complaint."
  elseif s.note_flagged then
    t = t .. " The 2 August note was left as it was, with a dated correction, but her complaint about it was never logged."
  elseif s.note_hidden then
    t = t .. " You told her the call notes were 'just for us', so the 2 August note will reach her in her copy with no warning."
  end
  if s.contact_note == "opinion" then
    t = t .. " Your own contact note guessed at her motives, and she'll read it in her copy."
  elseif s.contact_note == "none" then
    t = t .. " You left no contact note, so the next adviser starts from nothing."
  end
  return t
end

node "greeting" {
  narration = "The call connects. There's traffic in the background. The caller sounds as if she's walking fast.",
  customer = "Hi. I've had a bill for four hundred and eighty-six pounds for my old flat, 3 Ashby Court. I moved out in June, "
    .. "and I rang and told you! I want it sorting. And I want everything you've got on me, call notes too.",
  choice { "I can help with the bill. For copies of your information, though, you'll need to write to our data protection "
      .. "team using the form on our website, so it's official. They'll take it from there.",
    id = "write-in",
    go = "sar_row", mood = -10, set = { mistake = "write", sar_misstated = true },
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
    go = "sar_row", mood = -10, set = { mistake = "internal", sar_misstated = true },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Call notes about a customer are her personal data, and she can have a copy under a subject access request. "
      .. "'Internal' doesn't stop them being disclosed." },
}

node "sar_row" {
  customer = function(s)
    if s.mistake == "fee" then
      return "A tenner? And forty days? I looked this up before I rang: it's free, and it's a month. Which is it?"
    elseif s.mistake == "clock" then
      return "Six weeks? I've asked you today. Doesn't the month start when I ask?"
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
    go = "ico", mood = -20, set = { blocked = "sar" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "She's right and you're wrong. Standing by a made-up rule blocks a legal right, and she's likely to complain to the ICO." },
  choice { function(s)
      if s.mistake == "fee" or s.mistake == "clock" then
        return "You're right, I'm sorry. It's normally free, and the month runs from today, so by the " .. s.due .. ". "
          .. "If it's complex it can go up to two more months, but they'd tell you why within the month."
      end
      return "You're right, and I'm sorry, I got that wrong. Asking me on the phone is enough. It's called a subject access request, "
        .. "and your call notes are part of it. I'll log it now."
    end,
    id = "correct",
    go = function(s)
      if not s.verified then return "security" end
      if s.mistake == "fee" or s.mistake == "clock" then return "scope" end
      return "sar_details"
    end,
    mood = 10, set = { sar_logged = true },
    effect = function(s)
      if s.mistake == "fee" or s.mistake == "clock" then s.told_month = true end
    end,
    credit = { "dpa.sar", "heat.apologise" },
    why = "Correct yourself straight away: a request by phone is valid, it covers call notes, it's normally free, and the answer is due "
      .. "within one month of when she asked." },
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
      .. "Demanding a passport and two bills collects more personal data than you need and puts a barrier in her way. "
      .. "Only ID that is genuinely needed can hold back the one-month clock." },
  choice { "Thanks, that all matches. Let's sort out the bill first, and we'll come back to your copies after.",
    id = "bill-first",
    when = "not sar_logged",
    go = "bill", set = { verified = true },
    credit = "dpa.verify-identity",
    why = "Reasonable, as long as you do come back to it. A request made in passing is easy to forget, and the one-month clock has already started." },
  choice { function(s)
      if s.sar_logged then
        return "Thanks, Ms Adeyemi, that all matches. Your subject access request is logged, dated the " .. s.today .. ", "
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
  choice { "You're right, I'm sorry. You've passed security, and that's enough for me to log your request, dated today. If the "
      .. "data protection team genuinely need more to be sure it's you, they'll ask straight away.",
    id = "proportionate",
    go = "sar_details", mood = 10, set = { sar_logged = true },
    credit = { "heat.apologise", "dpa.verify-identity", "dpa.minimisation" },
    why = "Identity checks should fit the situation. She's an existing customer who has just passed security. Any further checks are for the "
      .. "data protection team, and if ID is genuinely needed they should ask for it promptly, because the month runs from when it arrives." },
  choice { "I'm sorry, I know it's a pain, but that's the process for data requests, and it's there for your own "
      .. "protection. Without the passport and the bills we can't start, so I'd send them today.",
    id = "insist",
    go = "ico", mood = -20, set = { blocked = "id" },
    breach = { "dpa.minimisation", "dpa.sar" },
    why = "Insisting on excessive ID for a customer you've already verified blocks her right of access. She's likely to give up, or complain to the ICO." },
}

node "sar_details" {
  customer = "OK. So how long does that take? And is there a charge? My mate said somewhere charged her a tenner.",
  choice { "Your mate's right: there's a £10 admin fee to cover the searching and copying, and we've got 40 days to send "
      .. "it all out. I can take the payment now over the phone if that's easier for you.",
    id = "fee",
    go = "sar_row", mood = -10, set = { mistake = "fee", sar_misstated = true },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Those were the old rules under the 1998 Act. Now a subject access request is normally free, and the answer is due within one month." },
  choice { "There's no charge, and I'll make sure it's with you by Friday.",
    id = "by-friday",
    go = "scope", mood = 10,
    breach = "service.expectations",
    why = "Free is right, but you can't promise Friday: the data protection team has to gather and check everything. "
      .. "Give her the real timescale, one month, rather than a promise that's likely to be broken." },
  choice { "No fee, and the month runs from today, so by the {due}. If it's complex they can take up to two months more, "
      .. "but they'd tell you why before then. It's going to them now.",
    id = "correct",
    go = "scope", mood = 5, set = { sar_logged = true, told_month = true },
    credit = { "dpa.sar", "service.expectations", "policy.data-handling" },
    why = "Accurate and specific: normally free, one month from the day she asked, a possible extension of up to two months with notice and reasons, "
      .. "and the request goes straight to the team that handles it." },
  choice { "It's free. The month starts once the data protection team have checked it's you and agreed exactly what you're "
      .. "after, so allow six weeks or so from today to be safe.",
    id = "clock",
    go = "sar_row", mood = -10, set = { mistake = "clock", sar_misstated = true },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "The month runs from when she asked. It only waits for ID that is genuinely needed, or pauses while the team waits for an answer "
      .. "to a question they really need to ask. She has passed security, so neither applies: the answer is due by the {due}." },
}

node "scope" {
  customer = "And I mean everything. Six years I've been with you. Not just whatever's easiest to find.",
  choice { "Since the data law changed, we only have to do a reasonable and proportionate search, so it'll mainly be your "
      .. "billing records. Old calls and emails are usually too much work to include.",
    id = "narrow-search",
    go = "delivery", mood = -10, set = { scope = "misstated" },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "The 2025 Act limits a subject access search to what's reasonable and proportionate, but that still means real efforts to find "
      .. "her data, call notes and emails included. It isn't a licence to search only what's convenient." },
  choice { "They'll search properly, call notes and emails included. If they need you to say which parts you mean, "
      .. "they'll ask, and the clock pauses until you reply.",
    id = "proper",
    go = "delivery", mood = 5, set = { scope = "proper" },
    credit = { "dpa.sar", "service.expectations" },
    why = "Right and honest: a reasonable and proportionate search is still a proper one. For a very broad request the team may ask her to "
      .. "narrow it, and only the days spent waiting for her answer don't count." },
  choice { "Everything, guaranteed: every system, every email and every call recording since the day you joined. Nothing will be missed.",
    id = "guarantee",
    go = "delivery", mood = 5, set = { scope = "guaranteed" },
    breach = "service.expectations",
    why = "Some recordings and old emails may already have been deleted under Northway's retention rules, and the search is the data protection "
      .. "team's job. Tell her what will happen, not a guarantee you can't check." },
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
    go = "ico", mood = -20, set = { blocked = "address" },
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
    go = "fobbed_off", mood = -20, set = { blocked = "bill" },
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
    breach = { "dpa.s173", "heat.own" },
    why = "Never change a record to stop it being disclosed. She has already asked for her data, and altering, erasing or concealing information "
      .. "to stop it reaching her is a criminal offence under the Data Protection Act 2018 (s.173), for you as well as for Northway. "
      .. "Leave the note as it is and add a dated correction." },
  choice { "There's a note, and honestly, it states opinion as fact. I'm sorry about that call. I won't change it. I'll add "
      .. "a dated note saying it's opinion, not fact, and flag it. You'll see both in your copy.",
    id = "honest",
    go = "note_complaint", mood = 5, set = { note_flagged = true },
    credit = { "heat.apologise", "heat.own", "dpa.s173", "dpa.rectification", "dpa.accurate-notes" },
    why = "You're honest without reading out an insult. The original stays as it was, because she has asked for her data; a dated correction "
      .. "sits beside it, and the problem is raised properly." },
  choice { "Nothing you need to worry about. Those notes are just for us, a shorthand to help the next adviser, so they're "
      .. "not something we'd send out. What matters is getting this bill sorted.",
    id = "just-for-us",
    go = "billing_fix", mood = -5, set = { note_hidden = true },
    breach = { "dpa.sar", "ucp.misleading-rights" },
    why = "Call notes aren't 'just for us'. They are her personal data, and she'll get a copy under her subject access request. "
      .. "Telling her otherwise misleads her about her rights." },
}

node "note_complaint" {
  customer = "Opinion. Great. So someone's written something nasty about me, and it's sat on my account. I want to complain about that. "
    .. "Is that one for the Information Commissioner?",
  choice { "There's no need to go to the Information Commissioner over one note. They won't look at anything until our own "
      .. "process has finished, and I've flagged it already, so it'll be sorted internally.",
    id = "no-need",
    go = "billing_fix", mood = -5, set = { note_reply = "discouraged" },
    breach = { "dpa.complaints-duty", "complaint.log" },
    why = "She's complaining about how Northway has handled her data, so it's a data-protection complaint: log it with the date so it's "
      .. "acknowledged and answered. She can go to the ICO whenever she likes; no rule makes her wait for Northway." },
  choice { "Yes, complaints about data go to the ICO. Their details are on our website.",
    id = "ico",
    go = "billing_fix", mood = -5, set = { note_reply = "sent" },
    breach = { "dpa.complaints-duty", "heat.own" },
    why = "She may go to the ICO, but Northway has its own duty to take complaints about how it handles data. Sending her away means "
      .. "nobody here looks into the note." },
  choice { function(s)
      if s.dpc_call then
        return "You can go to them at any time. I'm adding the note to your data-protection complaint now, dated today, so the team looks at both."
      end
      return "You can go to them at any time. But I'm logging this now as a data-protection complaint, dated today. "
        .. "You'll have an acknowledgement by tomorrow."
    end,
    id = "log",
    go = "billing_fix", mood = 5, minutes = 2, set = { note_reply = "logged" },
    credit = { "dpa.complaints-duty", "complaint.log", "policy.complaint-sla" },
    why = "Since 19 June 2026 Northway must take complaints about how it handles personal data: log it with the date, acknowledge it "
      .. "(within 30 days at most; Northway does it by the next working day) and answer it. She can also go to the ICO at any time." },
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
    go = "marcus", mood = 10, set = { bill_done = true, bill_route = "rebill" },
    breach = "service.limits-of-authority",
    why = "The June note says taking her name off needed the other holder's agreement. Moving a debt onto another customer's account is for the billing team "
      .. "to decide once they've heard from both sides. If they reach a different view, she'll have been promised something she can't have." },
  choice { function(s)
      local t = "I'm logging this as a complaint"
      if s.note_reply == "logged" or s.dpc_call then t = "I'm logging the bill as a complaint too" end
      return t .. " and sending billing the June note and your reading. Acknowledgement tomorrow, "
        .. "a reply within eight weeks; then, or sooner with a deadlock letter, the Energy Ombudsman, free."
    end,
    id = "complaint",
    go = "marcus", mood = 10, minutes = 2, set = { bill_done = true, complaint_logged = true, bill_route = "complaint" },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "complaint.signpost", "heat.own", "service.expectations" },
    why = "She's unhappy and expects a response, so it's a complaint. You log it, send the evidence to the team that can decide, set out Northway's timescales "
      .. "and the Energy Ombudsman route: after eight weeks, or sooner with a deadlock letter." },
  choice { "The best thing is to pay it for now and claim it back off Mr Bell.",
    id = "pay-claim",
    go = "marcus", mood = -15, set = { bill_done = true, bill_route = "pay" },
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
    go = "breach_complaint", mood = 5,
    credit = { "dpa.breach-report", "policy.data-handling", "heat.apologise", "heat.own" },
    why = "Own it, tell her honestly, and report it internally at once. The data protection team decides what happens next, including whether the ICO must be told." },
}

node "breach_complaint" {
  customer = "He knows now, thanks to you. I want to complain about that, properly. Or do I just go to the Information Commissioner?",
  choice { "There's no need for either. It's been reported, and our data protection team will decide whether the ICO needs "
      .. "to know. A complaint on top wouldn't change anything.",
    id = "reported",
    go = "breach_reported", mood = -10,
    breach = { "dpa.complaints-duty", "complaint.log" },
    why = "Reporting the breach internally is Northway's duty; her complaint is her right. She's unhappy with how her data was handled, "
      .. "so log it as a data-protection complaint, and don't put her off the ICO." },
  choice { "Both are open to you. I'm logging your complaint now, dated today, for our data protection team. You'll have "
      .. "an acknowledgement by tomorrow, and you can still go to the ICO.",
    id = "log",
    go = "breach_reported", minutes = 2, set = { dpc_breach = true },
    credit = { "dpa.complaints-duty", "complaint.log", "policy.complaint-sla" },
    why = "The breach report and her complaint are separate things. Log the complaint with the date, acknowledge it, and tell her "
      .. "plainly that she can also go to the ICO." },
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
    go = "sar_row", mood = -10, set = { mistake = "write", sar_misstated = true },
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
    set = { contact_note = "opinion" },
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
      if s.dpc_call then
        t = t .. " Data-protection complaint logged " .. s.today .. " about how this call handled her data; told she can also go to the ICO."
      end
      if s.bill_route == "complaint" then
        t = t .. " Complaint logged: disputes liability on Ashby Court from 12/06. 14/06 note and reading 14522 sent to billing."
      elseif s.bill_route == "rebill" then
        t = t .. " Disputes liability on Ashby Court from 12/06. Told the bill would move to Mr Bell; not yet agreed by billing."
      else
        t = t .. " Disputes liability on Ashby Court from 12/06. Advised to pay and claim it back from Mr Bell."
      end
      t = t .. " Mr Bell (other holder on Ashby Court) came on the line; nothing about Ms Adeyemi's account disclosed."
      if s.note_flagged then
        t = t .. " 02/08 note states opinion as fact: not altered; dated correction added; flagged to team leader."
        if s.note_reply == "logged" then
          t = t .. " Data-protection complaint about it logged " .. s.today .. "."
        end
      end
      return t
    end,
    id = "factual",
    set = { contact_note = "factual" },
    go = function(s)
      if s.notes_altered then return "altered" end
      if s.complaint_logged then return "sorted" end
      return "sar_only"
    end,
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "Facts only: what she asked for and when, what you did, who else came on the line and what was or wasn't disclosed. It's the record she'll see." },
  choice { "(Skip the note. The request's been passed on, that'll do.)",
    id = "skip",
    set = { contact_note = "none" },
    go = function(s)
      if s.notes_altered then return "altered" end
      if s.complaint_logged then return "sorted" end
      return "sar_only"
    end,
    breach = "policy.log-contact",
    why = "Every contact is logged. Without a note, the next adviser won't know about the request, the dispute or the third party who came on the line." },
}

-- Grace threatens the Information Commissioner after her request, or her data, was mishandled.
-- If her complaint about the 2 August note was brushed off earlier, the complaint logged here covers it too.
local function and_note(s)
  if s.note_reply == "discouraged" or s.note_reply == "sent" then return ", and about the August note" end
  return ""
end

local function log_note_too(s)
  if s.note_reply == "discouraged" or s.note_reply == "sent" then s.note_reply = "logged" end
end

node "ico" {
  customer = function(s)
    if s.blocked == "address" then
      return "No. If anything of mine goes to that flat, I'm reporting you to the Information Commissioner."
    end
    return "Then I'll go to the Information Commissioner. It's my data, and you're making it impossible to get."
  end,
  choice { function(s)
      if s.mistake == "fee" or s.mistake == "clock" then
        return "You can, at any time. But let me put it right: there's no fee, and it's due a month from today, by the " .. s.due .. ". "
          .. "I'm also logging a data-protection complaint about how I handled it" .. and_note(s) .. ", dated today."
      end
      return "You can, at any time. But let me put it right: asking me is enough, so I'm logging your request now, dated today, "
        .. "and a data-protection complaint about how I handled it" .. and_note(s) .. "."
    end,
    id = "fix-request",
    when = function(s) return s.blocked == "sar" end,
    go = function(s)
      if not s.verified then return "security" end
      if s.mistake == "fee" or s.mistake == "clock" then return "scope" end
      return "sar_details"
    end,
    mood = 15, minutes = 2, set = { sar_logged = true, dpc_call = true, ico_reply = "logged" },
    effect = function(s)
      if s.mistake == "fee" or s.mistake == "clock" then s.told_month = true end
      log_note_too(s)
    end,
    credit = { "dpa.complaints-duty", "dpa.sar", "heat.own" },
    why = "She can go to the ICO whenever she likes, and you say so. But you also put right what you got wrong, and log her dissatisfaction "
      .. "as a data-protection complaint with the date, which Northway must take and answer." },
  choice { function(s)
      return "You can, at any time. But let me put it right: you've passed security, so no passport. I'm logging your request now, "
        .. "dated today, and a data-protection complaint about how I handled it" .. and_note(s) .. "."
    end,
    id = "fix-id",
    when = function(s) return s.blocked == "id" end,
    go = "sar_details", mood = 15, minutes = 2, set = { sar_logged = true, dpc_call = true, ico_reply = "logged" },
    effect = log_note_too,
    credit = { "dpa.complaints-duty", "dpa.sar", "dpa.minimisation", "heat.own" },
    why = "She can go to the ICO whenever she likes, and you say so. But you also drop the ID she doesn't need, log the request with today's "
      .. "date, and log her complaint about how her data was handled, which Northway must take and answer." },
  choice { function(s)
      return "You can, at any time, but it won't come to that. It'll come to you, not Ashby Court, and I'm logging a data-protection "
        .. "complaint about my slip" .. and_note(s) .. ", dated today."
    end,
    id = "fix-address",
    when = function(s) return s.blocked == "address" end,
    go = function(s)
      if s.bill_done then return "wrap_up" end
      return "bill"
    end,
    mood = 15, minutes = 2, set = { email_pending = true, dpc_call = true, ico_reply = "logged" },
    effect = log_note_too,
    credit = { "dpa.complaints-duty", "policy.data-handling", "heat.own" },
    why = "She can go to the ICO whenever she likes, and you say so. But you also make sure her data goes only to her, and log her "
      .. "complaint about how it was handled, which Northway must take and answer." },
  choice { "That's your choice, but the Information Commissioner won't look at anything until our complaints process has finished, "
      .. "and that can take eight weeks. It'll be quicker to go through the proper channels here.",
    id = "waits",
    go = "fobbed_off", mood = -10, set = { ico_reply = "waits" },
    breach = { "dpa.complaints-duty", "heat.own" },
    why = "She can complain to the ICO whenever she likes. The ICO usually expects the business to have had the first chance, which is "
      .. "exactly why you should log her complaint now, and put right what went wrong, rather than put her off." },
  choice { "That's your right. Their details are on our website.",
    id = "website",
    go = "fobbed_off", mood = -5, set = { ico_reply = "website" },
    breach = { "dpa.complaints-duty", "heat.own" },
    why = "True, but Northway must also take complaints about how it handles personal data. Pointing her at the regulator leaves the "
      .. "problem unfixed and her complaint unlogged." },
}

ending "sorted" {
  kind = "resolved",
  customer = "Thank you. I'll look out for it.",
  summary = function(s)
    return sar_part(s) .. " It went to the data protection team, to be sent by email, not to Ashby Court. Her bill dispute is logged "
      .. "as a complaint with billing, and her ex-partner was told nothing." .. note_part(s)
  end,
}

ending "sar_only" {
  kind = "resolved",
  customer = function(s)
    if s.bill_route == "rebill" then
      return "Right. I'll wait for the copies, then. And I'll hold you to that about the bill."
    end
    return "Fine. I'll wait for the copies, then. And I'm still not paying that bill."
  end,
  summary = function(s)
    local t
    if s.bill_route == "rebill" then
      t = "You told Grace the whole bill would move to Mr Bell, which is for billing to decide, and her dispute was never logged as a complaint. "
        .. "If billing see it differently, she has nothing on record and hasn't heard about the Energy Ombudsman."
    else
      t = "You told Grace to pay and claim it back from Mr Bell, and her dispute was never logged as a complaint. "
        .. "Nobody will investigate it, the reminders will keep coming, and she hasn't been told about the Energy Ombudsman."
    end
    return t .. " " .. sar_part(s) .. note_part(s)
  end,
}

ending "altered" {
  kind = "resolved",
  customer = "OK. Thanks. Bye.",
  summary = "The call ended politely, but you changed a record after Grace had asked for a copy of her data, so what she receives will not be the truth. "
    .. "Altering or concealing information to stop it being disclosed under a subject access request is a criminal offence under the Data Protection Act 2018 (s.173). "
    .. "A badly worded note should have been left as it was, with a dated correction added.",
}

ending "fobbed_off" {
  kind = "lost",
  customer = function(s)
    if s.blocked == "bill" then
      return "Forget it. I'm not paying it, and I'll find another supplier while I'm at it."
    end
    return "Fine. The Information Commissioner it is, and I'll find another supplier while I'm at it."
  end,
  summary = function(s)
    local t
    if s.blocked == "sar" then
      t = "Grace was put off exercising her right of access. A subject access request can be made by phone, needs no form, is normally free, "
        .. "covers call notes, and is due within one month of asking."
    elseif s.blocked == "id" then
      t = "Grace was put off by a demand for a passport and two bills after she had passed security. ID checks must be reasonable and proportionate, "
        .. "and only ID that is genuinely needed can hold the clock back."
    elseif s.blocked == "address" then
      t = "You were going to send Grace's data to the flat where her ex-partner lives, after she told you not to. That risks a personal data breach, "
        .. "and she has no confidence her copy will reach her safely."
    else
      t = "Grace gave up on her bill dispute after you refused to look again, though the June note was there to find."
      if s.sar_logged then
        t = t .. " Her subject access request is logged, but she has lost trust in Northway."
      else
        t = t .. " Her subject access request, made at the start of the call, was never logged either, and the one-month clock is already running."
      end
    end
    if s.ico_reply == "waits" then
      t = t .. " When she mentioned the ICO, you told her it would wait for Northway's process, which isn't true, and you never logged her complaint."
    elseif s.ico_reply == "website" then
      t = t .. " When she mentioned the ICO, you gave her its details but never offered to log her complaint with Northway."
    end
    return t
  end,
}

ending "breach_reported" {
  kind = "escalated",
  narration = "You report the incident to the data protection team before you take another call.",
  summary = function(s)
    local t = "Telling Grace's ex-partner about her request was an unauthorised disclosure of her personal data. "
    if s.mistake == "bill" then
      t = "Telling Grace's ex-partner about the bill and her dispute was an unauthorised disclosure of her personal data. "
    end
    t = t .. "Reporting it at once was right: the data protection team can assess the risk to her and decide whether the ICO or Grace needs to be told more."
    if s.dpc_breach then
      t = t .. " Her complaint about it is logged, and she knows she can also go to the ICO."
    else
      t = t .. " But her complaint about it was never logged, though she had every right to make one."
    end
    return t
  end,
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
expect { breaching = "dpa.s173", grade = "Refer" }
expect { breaching = "dpa.complaints-duty", grade = "Merit" }
expect { reachable = "ico" }
