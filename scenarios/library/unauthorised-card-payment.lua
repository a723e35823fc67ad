-- Frontline scenario: a customer phones about three online card payments he did not make.
-- Organisation: Keystone Bank (retail bank), phone contact centre.
-- Law: Payment Services Regulations 2017 regs 71 (telling the customer about a block), 75 (the bank
-- proves authorisation), 76 (refund by the end of the next business day) and 77 (customer liability);
-- checked against docs/law.md, section 9. Payments the customer made himself
-- (an authorised push payment scam) are a different case and are not taught here.

scenario {
  id = "keystone.unauthorised-card-payment",
  title = "Three payments at one in the morning",
  brief = "You're taking calls in Keystone Bank's contact centre. It's 8.10 on a Tuesday morning. Callum Reid, 26, "
    .. "has just finished a night shift as a supervisor at a parcel depot. He banks in the app and has spotted three "
    .. "online card payments from the early hours that he says he didn't make. Check it's him, stop the card, "
    .. "and tell him what happens next, accurately.",
  organisation = "keystone",
  role = "Customer service adviser, Keystone Bank contact centre (phone)",
  level = 3,
  minutes = 10,
  topics = { "payments", "fraud", "security", "data-protection", "complaints" },
  customer = { name = "Callum Reid", look = "man-in-his-twenties", mood = 35 },
  start = "opening",
  state = {
    total = "£304.48",
    mistake = "none",
    early_disclosure = false,
    hinted = false,
    untold = false,
    refund_said = "none",
    refund_wrong = false,
    promised_now = false,
    liab = "none",
    liability_wrong = false,
    police = false,
    sent_away = false,
    asked_how = false,
    complaint_logged = false,
    note = "none",
  },
}

node "opening" {
  narration = "The call connects. Your screen matches the caller's number to a customer profile: Callum Reid.",
  customer = "Hiya. There's three payments on my card from last night that I never made. Over three hundred quid. "
    .. "My card's been in my wallet the whole time. I need it stopped.",
  choice { "Good morning, Keystone Bank, Alex speaking. I've got them here: £149.99, £99.99 and £54.50 to NovaPlay, "
      .. "and your balance is down to £86.12. Now, your full name and date of birth?", id = "read-out",
    go = "security", mood = 5, set = { early_disclosure = true },
    breach = { "dpa.verify-identity", "policy.security-questions" },
    why = "You haven't checked who you're talking to. A phone number that matches a profile isn't a security check: numbers "
      .. "can be faked, and fraudsters ring banks posing as victims to learn balances and payments. Nothing about the account "
      .. "until the caller has passed security." },
  choice { "Good morning, Keystone Bank, you're speaking to Alex. I'm sorry, what a thing to come home to. "
      .. "Let's get it stopped. First, your full name and date of birth?", id = "greet-check",
    go = "security", mood = 10,
    credit = { "policy.service-standards", "heat.empathise", "heat.own" },
    why = "Keystone's greeting, a word of sympathy, a promise to act, then straight into security. He hears that you'll "
      .. "deal with it, and you discuss nothing until you know it's him." },
  choice { "Good morning, Keystone Bank. The quickest fix is to freeze the card yourself in our app, under Card controls. "
      .. "Once that's done, give us a ring back and we'll go through the payments with you.", id = "freeze-app",
    go = "app_pushback", mood = -15,
    breach = { "heat.own", "service.first-contact-resolution", "policy.escalation" },
    why = "He has rung to report fraud, and this call is his report: the bank now knows. Keystone's procedure is to block "
      .. "the card and pass the payments to the Fraud team on this call. Sending him off to do it himself and ring back hands "
      .. "the job back to him while the card stays live." },
  choice { "Keystone Bank, Alex speaking. Can you read me the long number across the front of the card, and the three "
      .. "digits on the back, so I can find the right card?", id = "card-number",
    go = "suspicious", mood = -10, set = { mistake = "card" },
    breach = { "policy.data-handling", "dpa.minimisation" },
    why = "Keystone never asks for, writes down or reads out a full card number or security code. Cards are confirmed by "
      .. "the last four digits. Asking for them collects data you don't need and sounds exactly like a scam call." },
}

node "app_pushback" {
  customer = "I tried the app. It wants an update and won't open. I'm not ringing back: I've just done a ten-hour shift and "
    .. "someone's spending my money. Can you stop it or not?",
  choice { "I'd delete the app and reinstall it: that usually clears it, and then you can freeze the card in seconds. "
      .. "Honestly, it's quicker than going through it all with me on the phone.", id = "app-again",
    go = "rang_off", mood = -20,
    breach = { "heat.own", "service.first-contact-resolution" },
    why = "He's told you the app isn't working and asked you to act. While he fiddles with an update, the card stays live. "
      .. "Keystone's procedure is to block it on this call." },
  choice { "Yes, I can, and I'm sorry, I should have said so. I'll block it on this call. First, your full name and date of birth?",
    id = "own-it",
    go = "security", mood = 10,
    credit = { "heat.apologise", "heat.own" },
    why = "You own the mistake and take the job back. Security first, then the block." },
}

node "security" {
  narration = function(s)
    if s.early_disclosure then
      return "He gives his name and date of birth, Callum Reid, 14 February 2000. Both match the profile. "
        .. "But he has already heard his balance and payments."
    end
    return "He gives his name and date of birth, Callum Reid, 14 February 2000. Both match the profile."
  end,
  customer = function(s)
    if s.mistake == "card" then
      return "Callum Reid, fourteenth of February, two thousand. What else do you need? Not my card number."
    end
    return "Callum Reid, fourteenth of February, two thousand. What else do you need?"
  end,
  choice { "Thanks, that matches. Now the second and fifth characters of your telephone banking passcode, and a payment "
      .. "you made yourself recently. Or I can send a prompt to your app.", id = "proper",
    go = "verified", minutes = 2,
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Keystone's normal phone checks: name, date of birth, two passcode characters (never the whole passcode) and a "
      .. "recent payment he names. Asking for one he made himself keeps the disputed payments out of it." },
  choice { "Thanks, that matches. The second and fifth characters of your passcode, please. And there was £42.10 at "
      .. "Tesco on Sunday, wasn't there?", id = "hinted",
    go = "verified", minutes = 2, set = { hinted = true },
    breach = "policy.security-questions",
    why = "Naming the payment hands over the answer: anyone can say yes. Keystone's checks give no hints. Ask him to name "
      .. "a payment he made, and let him do the work." },
  choice { "Because this is a fraud call, we do enhanced checks: your National Insurance number, your mother's maiden name, "
      .. "your full telephone banking passcode and the last five payments on the account, please.", id = "over-check",
    go = "suspicious", mood = -10, set = { mistake = "passcode" },
    breach = { "dpa.minimisation", "policy.security-questions" },
    why = "There are no \"enhanced checks\". Keystone never asks for a full passcode, and a National Insurance number and "
      .. "a maiden name aren't needed at all. The normal checks are enough for a fraud call, and over-asking teaches him to "
      .. "hand his details to anyone who sounds official." },
  choice { "Thanks. Just your card PIN and your online banking password, then I'll know it's definitely you.", id = "pin",
    go = "suspicious", mood = -15, set = { mistake = "pin" },
    breach = { "policy.security-questions", "dpa.minimisation" },
    why = "Nobody at a bank ever needs a PIN or an online banking password, and Keystone never asks for either. They're the "
      .. "first things a fraudster asks for, which is why banks tell customers never to give them." },
}

node "suspicious" {
  customer = function(s)
    if s.mistake == "card" then
      return "Hang on. Your texts say never give my card details to anyone on the phone. Why do you need the whole number?"
    end
    if s.mistake == "pin" then
      return "My PIN and my password? Your app says Keystone will never ask for those. I got this number off a search. Is this even Keystone?"
    end
    return "My whole passcode? And my mum's maiden name? Your app says you never ask for the full passcode. I got this number off a search. Is this even Keystone?"
  end,
  choice { "It's a recorded line and it's only used for this call, so it's completely safe. It'll speed things up for both of us.",
    id = "insist",
    go = "scam_fear", mood = -30,
    breach = { "policy.security-questions", "dpa.minimisation" },
    why = "A recorded line doesn't make it safe to share. Pressing him for details Keystone never asks for is what a "
      .. "fraudster would do, and he's right not to trust it." },
  choice { "You're right, and I'm sorry: never give that to anyone, us included. Let's do it properly. Your full name "
      .. "and date of birth first?", id = "correct-start",
    when = function(s) return s.mistake == "card" end,
    go = "security", mood = 10,
    credit = { "heat.apologise", "policy.security-questions" },
    why = "Backing up the bank's own warning restores his trust. Then the normal checks, in the normal order." },
  choice { "You're right, and I'm sorry: never give that to anyone, us included. The second and fifth characters of your "
      .. "passcode, and a payment you made recently, are all I need.", id = "correct-checks",
    when = function(s) return s.mistake ~= "card" end,
    go = "verified", mood = 10, minutes = 2,
    credit = { "heat.apologise", "policy.security-questions", "dpa.verify-identity" },
    why = "He was right to refuse. Backing him up and going back to Keystone's normal checks keeps his account safe "
      .. "and shows that the bank's warnings mean what they say." },
}

node "verified" {
  narration = function(s)
    local t
    if s.hinted then
      t = "He gives R and 9, and says yes to the Tesco payment. "
    else
      t = "He gives R and 9, and names a £42.10 Tesco shop on Sunday. "
    end
    return t .. "He's through security. The account shows three online card payments to NOVAPLAY*CREDITS overnight: "
      .. "£149.99 at 01:12, £99.99 at 01:19 and £54.50 at 01:27. The balance is £86.12. The card is still live."
  end,
  customer = function(s)
    if s.early_disclosure then
      return "So, like you said, three to NovaPlay. What if they're having another go right now?"
    end
    return "You've seen them? Three, to some NovaPlay thing. What if they're having another go right now?"
  end,
  choice { "I can see them. I'd hold off blocking for now: if they try again, the declined attempts help our Fraud team "
      .. "trace them, and a block leaves you without a card for days. I'll flag it for them to decide.", id = "leave-live",
    go = "live_pushback", mood = -15,
    breach = { "heat.own", "service.responsiveness" },
    why = "Someone else has his card details and has used them three times. Keystone's procedure is to block the card on "
      .. "the call. Leaving it live to gather evidence puts his money at risk for the bank's convenience." },
  choice { "(Block the card without mentioning it.) I can see all three. When did you last use the card yourself?",
    id = "block-silent",
    go = "card_question",
    breach = "service.expectations",
    why = "Blocking it is right, but he needs to know. The law says a bank that stops a card must tell the customer, and why, "
      .. "before it does or straight afterwards (Payment Services Regulations 2017 reg 71)." },
  choice { "I'm blocking your card now, because someone else has its details. Done: any new payment on it will be "
      .. "declined, and a new card with a new number will reach you in 3 to 5 working days.", id = "block-tell",
    go = "log_payments", mood = 10, minutes = 2,
    credit = { "heat.own", "service.responsiveness", "service.expectations" },
    why = "You stop the card at once, say why, and tell him what happens next. That's Keystone's procedure, and it meets "
      .. "the law's requirement to tell the customer when a card is stopped, and why (reg 71)." },
}

node "live_pushback" {
  customer = "Hold off? They've had three goes already. I don't care about being without a card for a few days. "
    .. "I care about them emptying my account. Block it.",
  choice { "I understand, but whether to block is the Fraud team's decision, not mine. They'll look at it and be in touch.",
    id = "refuse",
    go = "left_open", mood = -25,
    breach = { "heat.own", "service.responsiveness" },
    why = "Blocking the card is exactly what Keystone's procedure asks you to do on the call. Passing it to someone else "
      .. "while the card stays live leaves him exposed." },
  choice { "You're right, and I'm sorry. I'm blocking it now, because its details are in someone else's hands. Done: any new "
      .. "payment will be declined, and a new card is on its way, 3 to 5 working days.", id = "block-now",
    go = "log_payments", mood = 10, minutes = 2,
    credit = { "heat.apologise", "heat.own", "service.responsiveness" },
    why = "You listen, put it right straight away and tell him that the card is stopped and why, as the law requires (reg 71)." },
}

node "card_question" {
  customer = "Last Saturday, for diesel. Hang on, is the card still working? I need fuel on the way to work tonight.",
  choice { "I'd use another card for now, to be on the safe side.", id = "dodge",
    go = "log_payments", mood = -5, set = { untold = true },
    breach = { "service.responsiveness", "service.expectations", "service.clear-language" },
    why = "He's asked straight out and you've dodged it. He'll find out at the pump tonight. Tell him the card is blocked, "
      .. "and why: the law requires it (reg 71), and he needs to plan." },
  choice { "No, I've blocked it, because someone else has its details. I should have said so. A new card with a new "
      .. "number will reach you in 3 to 5 working days.", id = "tell-now",
    go = "log_payments", mood = 5,
    credit = { "heat.apologise", "service.expectations" },
    why = "Late, but honest: he now knows the card is stopped, why, and when the new one arrives." },
}

node "log_payments" {
  customer = function(s)
    local t = "None of them are mine. I've never even heard of NovaPlay. My wallet was in my locker all night. What do you need from me?"
    if s.untold then return "Right, I'll find another way to pay, then. " .. t end
    return t
  end,
  choice { "On your card ending 6143, I'm logging £149.99, £99.99 and £54.50 to NovaPlay, 1.12 to 1.27 this morning, "
      .. "as payments you didn't make. Has anyone called or texted you lately asking for card details or a code?", id = "log-each",
    go = "refund_q", minutes = 2, set = { asked_how = true },
    credit = { "heat.hear", "service.questioning", "policy.data-handling" },
    why = "You confirm the card by its last four digits only, repeat the facts back so he knows you've got them right, log "
      .. "each payment for the Fraud team, and ask one useful question about how his details got out, without blaming him." },
  choice { "Let me make sure I've got the right card first: it's the debit card 4929 7710 0388 6143, expiry September 2028, "
      .. "is that right? Then I'll log each payment against that number for the Fraud team.", id = "read-card",
    go = "refund_q", minutes = 2,
    breach = "policy.data-handling",
    why = "Keystone never reads out a full card number: cards are confirmed by the last four digits. A full number read "
      .. "down the phone can be overheard, recorded or misheard, and it's no more use to the Fraud team than the last four." },
  choice { "They were made with your card number, expiry date and security code, so the system treats them as genuine. "
      .. "Is there anyone at home who could have used your card details?", id = "blame",
    go = "blamed", mood = -15,
    breach = { "psr.customer-liability", "service.professional" },
    why = "The use of his card details doesn't show that he agreed to the payments. The law puts the burden on the bank to "
      .. "prove authorisation (Payment Services Regulations 2017 reg 75), and hinting at someone at home blames him without grounds." },
}

node "blamed" {
  customer = "I live on my own. My card was in a locker at work all night. Are you saying I did it?",
  choice { "I'm just saying the security details were right, so the Fraud team will need some convincing that it wasn't you.",
    id = "double-down",
    go = "refund_q", mood = -15, set = { liability_wrong = true },
    breach = { "psr.customer-liability", "service.professional" },
    why = "That turns the law upside down: he doesn't have to convince anyone. It's for the bank to prove he authorised "
      .. "the payments, and the use of his card details alone doesn't do that (reg 75)." },
  choice { "No, and I'm sorry, that came out wrong. Your details being used doesn't mean you agreed to it: it's for us to "
      .. "show that, not you. I'm logging all three as payments you didn't make.", id = "withdraw",
    go = "refund_q", mood = 10,
    credit = { "heat.apologise", "psr.customer-liability", "heat.hear" },
    why = "You withdraw the suggestion and state the law the right way round: the bank has to prove authorisation (reg 75)." },
}

node "refund_q" {
  customer = function(s)
    local t = "Right. So when do I get my " .. s.total .. " back? That was most of what I had till payday on Friday."
    if s.mood < 25 then
      t = "Whatever. When do I get my " .. s.total .. " back? That was most of what I had till payday on Friday."
    end
    if s.asked_how then
      t = "No, nobody's asked me for anything. " .. t
    end
    return t
  end,
  choice { "The Fraud team investigates first: they check the merchant, the device and the IP address, which usually takes "
      .. "up to 10 working days. If they find in your favour, the full amount comes back then.", id = "ten-days",
    go = "refund_pushback", mood = -15, set = { refund_said = "ten-days" },
    breach = { "psr.unauthorised-refund", "service.expectations" },
    why = "That's the most common myth about fraud refunds. The law says an unauthorised payment must be refunded by the "
      .. "end of the next business day after the bank learns of it. Only reasonable grounds to suspect him of fraud, "
      .. "reported in writing to the authorities, allow a delay; an investigation on its own doesn't (reg 76)." },
  choice { "By law it has to be back by the end of tomorrow, Wednesday, unless our Fraud team has reasonable grounds to "
      .. "suspect fraud on your part. They make the refund and will contact you.", id = "law-right",
    go = "liability", mood = 10, set = { refund_said = "law", refund_wrong = false },
    credit = { "psr.unauthorised-refund", "service.expectations", "service.clear-language" },
    why = "Exactly what the law gives him, no more and no less: a refund by the end of the next business day, unless the "
      .. "Fraud team has reasonable grounds to suspect him of fraud (reg 76). It's their decision, so you don't promise it outright." },
  choice { "Don't worry, I'll put the {total} straight back on your account now, so you're covered till Friday.",
    id = "promise-now",
    go = "promise_check", mood = 15,
    breach = { "service.limits-of-authority", "service.expectations" },
    why = "Kind, but not yours to give. At Keystone the Fraud team makes the refund and decides whether the fraud "
      .. "exception applies. Promising it on the call sets him up for a let-down." },
  choice { "I can't say if or when you'll get it back, I'm afraid. The Fraud team decides and writes to you.",
    id = "cant-say",
    go = "refund_pushback", mood = -10, set = { refund_said = "cant-say" },
    breach = { "service.expectations", "heat.own" },
    why = "That was Keystone's old script, and it tells him less than the law gives him. He's entitled to know: a refund by "
      .. "the end of the next business day unless the Fraud team has reasonable grounds to suspect him of fraud (reg 76)." },
}

node "promise_check" {
  narration = "You go to credit the account. A message comes up: fraud refunds are made by the Fraud team once a claim is logged.",
  customer = "Brilliant, cheers. I've got the app open on my laptop, though. It's not showing yet?",
  choice { "It can take a few hours to show. It'll be there, don't worry.", id = "fob-off",
    go = "liability", mood = 5, set = { promised_now = true, refund_said = "instant" },
    breach = { "service.expectations", "service.reliability" },
    why = "Now you're covering one promise with another. The money won't appear in a few hours because nobody has credited "
      .. "it, and he'll plan his week around it." },
  choice { "I'm sorry, I got ahead of myself: the Fraud team makes the refund. By law it's due by the end of tomorrow, "
      .. "Wednesday, unless they have reasonable grounds to suspect fraud on your part.", id = "correct-promise",
    go = "liability", mood = -5, set = { refund_said = "law" },
    credit = { "heat.apologise", "service.expectations", "psr.unauthorised-refund" },
    why = "Correcting it now is far better than letting him find out. He gets the real position, which is still a good one: "
      .. "the refund by the end of the next business day unless there are reasonable grounds to suspect him (reg 76)." },
}

node "refund_pushback" {
  customer = "Really? I read you've got to put it back by the end of the next working day, unless you think I'm the fraudster. Is that wrong?",
  choice { "That's the legal maximum on paper, but in practice every claim is investigated first, so I'd budget for about "
      .. "ten working days to be on the safe side.", id = "insist",
    go = "liability", mood = -15, set = { refund_wrong = true },
    breach = { "psr.unauthorised-refund", "service.expectations" },
    why = "He's right and you've told him he's wrong. The next-business-day refund is the law, not a best case: an "
      .. "investigation is not a reason to hold his money (reg 76)." },
  choice { "No, you're right, and I'm sorry. Unless our Fraud team has reasonable grounds to suspect fraud on your part, "
      .. "it must be back by the end of tomorrow, Wednesday. They'll make the refund and contact you.", id = "correct",
    go = "liability", mood = 10, set = { refund_said = "law" },
    credit = { "heat.apologise", "psr.unauthorised-refund", "service.expectations" },
    why = "You accept the correction and give him the law accurately: the refund by the end of the next business day, "
      .. "with the one exception the Fraud team decides (reg 76)." },
}

node "liability" {
  customer = "OK. I know I'll have to cover the first fifty quid, that's the excess, isn't it? And I did buy trainers off a "
    .. "site I'd never used last month. Will they say that's my fault?",
  choice { "The excess is £35 now, not £50; the law changed a few years ago. So the refund will be £269.48. Using a new "
      .. "website isn't careless in itself, so you should be fine on that side of it.", id = "thirty-five",
    go = "liability_pushback", mood = -10, set = { liab = "35" },
    breach = { "psr.customer-liability", "service.expectations" },
    why = "Half right, and still wrong for him. £35 is the most a customer can be asked to bear for a lost or stolen card, "
      .. "but for card details used online without him, he bears nothing unless he acted fraudulently (reg 77)." },
  choice { "Yes, that's right: the first £50 is yours, and the Fraud team refunds the rest.", id = "fifty",
    go = "liability_pushback", mood = -15, set = { liab = "50" },
    breach = { "psr.customer-liability", "service.expectations" },
    why = "There's no £50 excess. The most a customer can ever be asked to bear is £35, for a lost or stolen card, and for "
      .. "online payments made without him it's nothing unless he acted fraudulently (reg 77)." },
  choice { "No excess here. For online payments you didn't make, you pay nothing unless you acted fraudulently. Shopping "
      .. "on a new site doesn't change that, and it's for us to prove you authorised these, not for you to disprove it.",
    id = "liability-right",
    go = "handover", mood = 10, set = { liability_wrong = false },
    credit = { "psr.customer-liability", "service.clear-language" },
    why = "Accurate and reassuring. The £35 limit is for lost or stolen cards; where card details are used for an online "
      .. "purchase without him, he bears nothing unless he acted fraudulently (reg 77), and the bank must prove he authorised them (reg 75)." },
  choice { "If you gave your card details to an unsafe website, that could count as careless, and then you might not get "
      .. "any of it back.", id = "careless",
    go = "liability_pushback", mood = -20, set = { liab = "careless" },
    breach = { "psr.customer-liability", "service.professional", "service.expectations" },
    why = "Buying from a new website is ordinary, not gross negligence, and hinting that he brought it on himself blames "
      .. "him without grounds. For card details used online without him, he bears nothing unless he acted fraudulently (reg 77)." },
}

node "liability_pushback" {
  customer = function(s)
    if s.liab == "careless" then
      return "Careless? Everyone buys off new websites. So I could lose the lot for buying some trainers?"
    end
    if s.liab == "35" then
      return "So I'm still paying thirty-five quid for payments I never made? How's that fair?"
    end
    return "Fifty quid for something I didn't do? That doesn't sound right."
  end,
  choice { "That's how fraud claims work, I'm afraid. The Fraud team will confirm the exact amount when they write to you.",
    id = "insist",
    go = "handover", mood = -15, set = { liability_wrong = true },
    breach = "psr.customer-liability",
    why = "He's questioned it and you've repeated the mistake. For online payments he didn't make, he pays nothing unless "
      .. "he acted fraudulently (reg 77)." },
  choice { "I'm sorry, I got that wrong. For online payments you didn't make, you pay nothing unless you acted "
      .. "fraudulently, and it's for us to prove you authorised them.", id = "correct",
    go = "handover", mood = 10, set = { liability_wrong = false },
    credit = { "heat.apologise", "psr.customer-liability", "service.expectations" },
    why = "You correct yourself plainly. He now knows he won't lose a penny of it unless he acted fraudulently (reg 77), "
      .. "and that the burden of proof is on the bank (reg 75)." },
}

node "handover" {
  customer = "OK. So what happens now? Do I need to ring anyone else?",
  choice { function(s)
      local t = "No. I'm passing this to our Fraud team now with everything: three payments to NovaPlay you didn't make, and "
        .. "your card in your locker all night"
      if not s.untold then t = t .. ", now blocked" end
      return t .. ". They'll contact you by the end of today, and you won't have to repeat it."
    end,
    id = "warm-handover",
    go = "complaint", minutes = 2,
    credit = { "policy.escalation", "service.escalate-clearly", "heat.own" },
    why = "Keystone's procedure: pass unrecognised payments to the Fraud team on the same call, with a summary, and tell "
      .. "the customer who has it and when he'll hear. He doesn't have to tell the story twice." },
  choice { "You'll need to report it to Action Fraud first and get a crime reference. Once you've got that, ring our Fraud "
      .. "team on the number on our website and they'll start the refund claim.", id = "police-first",
    go = "complaint", mood = -10, set = { police = true },
    breach = { "psr.unauthorised-refund", "heat.own", "policy.escalation" },
    why = "There's no such condition. He's reported it to his bank, and the refund clock started when he did: a police "
      .. "report isn't needed for the refund (reg 76). Keystone's procedure is to pass it to the Fraud team on this call." },
  choice { "No need to stay on. Ring the Fraud team once you've had some sleep: the number's on our website.", id = "ring-yourself",
    go = "complaint", mood = -10, set = { sent_away = true },
    breach = { "policy.escalation", "heat.own" },
    why = "Keystone's procedure is to transfer unrecognised payments to the Fraud team on the same call, with a summary. "
      .. "Sending him away to ring again delays everything and makes him tell the story twice." },
}

node "complaint" {
  customer = function(s)
    if s.mood < 25 then
      return "And I'm not happy. Three payments at one in the morning to a site I've never used, and nothing flagged it? "
        .. "I've lost my sleep over this and I've had a useless answer half the time."
    end
    return "Cheers. I'm not happy, though. Three payments at one in the morning to a site I've never used, and nothing "
      .. "flagged it? I've lost my sleep over this. Your system should've caught it."
  end,
  choice { "That's fair, and I'm sorry. I'm logging it as a complaint: an acknowledgement by tomorrow, a full answer within "
      .. "15 business days, and if you're unhappy with it, the Financial Ombudsman Service is free.",
    id = "log-complaint",
    go = "contact_note", mood = 5, minutes = 2, set = { complaint_logged = true },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "complaint.signpost", "heat.apologise" },
    why = "He's dissatisfied and says it has cost him sleep and a morning: material inconvenience, so under the FCA's "
      .. "definition it's a complaint, justified or not, with no special words needed. A card-payment complaint gets a full "
      .. "answer within 15 business days (35 in exceptional cases), then the ombudsman if he wants." },
  choice { "I wouldn't call it a complaint. No fraud system catches everything, and the main thing is it's stopped now.",
    id = "not-complaint",
    go = "contact_note", mood = -10,
    breach = { "complaint.log", "heat.empathise" },
    why = "Dissatisfaction, spoken, where he says he's suffered material inconvenience, is a complaint under the FCA's "
      .. "definition, whether or not you think it's justified. Deciding for him that it isn't one means it's never logged or looked into." },
  choice { "You can complain, of course. Put it in writing to our complaints team. We have eight weeks to reply, and only "
      .. "after that can you go to the Financial Ombudsman Service.", id = "eight-weeks",
    go = "contact_note", mood = -5,
    breach = { "complaint.log", "policy.complaint-sla" },
    why = "Keystone never insists on a complaint in writing: he's made it to you, so log it. And a complaint about a card "
      .. "payment runs to 15 business days (35 at most), not eight weeks." },
}

node "contact_note" {
  narration = "The call ends. Before the next one, you write the contact note on Mr Reid's account.",
  choice { "Fraud claim, 3 payments to NovaPlay. Customer vague about card security, admits using dodgy websites. "
      .. "Possible first-party fraud?", id = "opinion",
    go = function(s)
      if s.refund_wrong or s.liability_wrong or s.police or s.promised_now or s.untold then return "misinformed" end
      return "protected"
    end,
    set = { note = "opinion" },
    breach = "dpa.accurate-notes",
    why = "\"Vague\" and \"dodgy\" are impressions written as facts, and \"first-party fraud\" is a guess with nothing behind "
      .. "it. The Fraud team could treat him as a suspect on the strength of it. Record what was said and done." },
  choice { "Fraud claim passed on.", id = "bare",
    go = function(s)
      if s.refund_wrong or s.liability_wrong or s.police or s.promised_now or s.untold then return "misinformed" end
      return "protected"
    end,
    set = { note = "bare" },
    breach = "policy.log-contact",
    why = "This leaves out the payments, the block, what he was told and the complaint. The Fraud team and the next "
      .. "adviser start from nothing, and there's no record of what was agreed." },
  choice { function(s)
      local t = "Reports 3 online card payments he didn't make: £149.99 (01:12), £99.99 (01:19), £54.50 (01:27) to "
        .. "NOVAPLAY*CREDITS, total £304.48. Card in his wallet in his work locker all night."
      if s.early_disclosure then
        t = t .. " Payments and balance given before ID&V."
      end
      if s.mistake == "card" then
        t = t .. " I asked in error for the full card number and security code; customer queried it; none given."
      elseif s.mistake == "pin" then
        t = t .. " I asked in error for his PIN and online banking password; customer queried it; none given."
      elseif s.mistake == "passcode" then
        t = t .. " I asked in error for his full passcode, NI number and mother's maiden name; customer queried it; none given."
      end
      if s.hinted then
        t = t .. " ID&V: name, DOB, passcode characters; recent payment prompted by me."
      else
        t = t .. " ID&V passed: name, DOB, passcode characters, recent payment."
      end
      if s.untold then
        t = t .. " Card blocked (customer not told)."
      else
        t = t .. " Card blocked and customer told why; replacement ordered."
      end
      if s.refund_said == "law" then
        t = t .. " Told refund due by end of Wed unless Fraud team has reasonable grounds to suspect fraud."
      elseif s.refund_said == "instant" then
        t = t .. " Told refund credited on the call (it was not)."
      elseif s.refund_said == "ten-days" or s.refund_said == "cant-say" then
        if s.refund_wrong then
          t = t .. " Told to allow 10 working days for a refund."
        else
          t = t .. " Refund timing not confirmed."
        end
      end
      if s.liability_wrong then
        t = t .. " Told he may bear some or all of the loss."
      else
        t = t .. " Told no liability for online payments he didn't make, unless fraud."
      end
      if s.police then
        t = t .. " Told to report to Action Fraud and ring the Fraud team."
      elseif s.sent_away then
        t = t .. " Customer to ring the Fraud team."
      else
        t = t .. " Passed to Fraud team with summary; contact by end of today."
      end
      if s.complaint_logged then
        t = t .. " Complaint logged: payments not flagged overnight. Ack by tomorrow; payment-services 15-business-day clock."
      end
      return t
    end,
    id = "factual",
    set = { note = "factual" },
    go = function(s)
      if s.refund_wrong or s.liability_wrong or s.police or s.promised_now or s.untold then return "misinformed" end
      return "protected"
    end,
    credit = { "dpa.accurate-notes", "policy.log-contact" },
    why = "Facts only: what he reported, how he was checked, what was done, what he was told and what happens next. "
      .. "The Fraud team can act on it, and he could read it without offence." },
}

-- Ending summaries: what else happened on this route.
local function extras(s)
  local t = ""
  if s.early_disclosure then
    t = t .. " His balance and payments were read out before security: a fraudster calling in his name would have heard them too."
  end
  if s.hinted then
    t = t .. " His security check named a payment for him to agree to, so that part of it proved nothing."
  end
  if s.complaint_logged then
    t = t .. " His complaint is logged, with a full answer due within 15 business days."
  else
    t = t .. " His complaint that nothing flagged the payments was never logged, so nobody will look into it."
  end
  if s.note == "opinion" then
    t = t .. " The contact note calls him vague and suggests he may be the fraudster, with nothing to back it, and the Fraud team will read it."
  elseif s.note == "bare" then
    t = t .. " The contact note says only that a fraud claim was passed on, so the Fraud team and the next adviser start from nothing."
  end
  return t
end

ending "protected" {
  kind = "escalated",
  customer = function(s)
    if s.complaint_logged then
      return "Right. Thanks for sorting it. I'm off to bed."
    end
    return "Right. I'm off to bed."
  end,
  summary = function(s)
    local t = "Callum's card was blocked on the call and his report of three payments he didn't make was taken."
    if s.sent_away then
      t = t .. " He was left to ring the Fraud team himself, so they hear about it later than they should, though the "
        .. "refund deadline runs from this call."
    else
      t = t .. " The Fraud team has the case."
    end
    if s.refund_said == "law" then
      t = t .. " He knows the law: a refund of £304.48 by the end of Wednesday unless the Fraud team has reasonable "
        .. "grounds to suspect him of fraud, and nothing for him to pay for online payments he didn't make (Payment "
        .. "Services Regulations 2017 regs 76 and 77)."
    else
      t = t .. " He was never told the refund is due by the end of the next business day (reg 76), so he's left waiting without knowing when."
    end
    return t .. extras(s)
  end,
}

ending "misinformed" {
  kind = "unresolved",
  cap = "Merit",
  customer = function(s)
    if s.police then return "Action Fraud first, then. Another phone queue. Fine." end
    if s.liability_wrong then return "So I'm out of pocket either way. Fine." end
    if s.refund_wrong then return "Ten working days. Brilliant. I'll have to manage till then, won't I?" end
    if s.promised_now then return "Great, at least the money's back. I'm off to bed." end
    return "Right. Cheers. I'm off to bed."
  end,
  summary = function(s)
    local t = "Callum's card was blocked"
    if s.police or s.sent_away then
      t = t .. ", but his report never reached the Fraud team on the call, and he ended it without the true picture."
    else
      t = t .. " and his report passed to the Fraud team, but he ended the call without the true picture."
    end
    if s.untold then
      t = t .. " He asked whether his card still worked and wasn't told it had been blocked, though the law requires the "
        .. "bank to tell him, and why (reg 71). He'll find out at the pump tonight."
    end
    if s.promised_now then
      t = t .. " He was told the money was back on his account. It wasn't: the Fraud team makes the refund, and he's planning his week around money that isn't there."
    end
    if s.refund_wrong then
      t = t .. " He was told to expect about ten working days, when the law requires a refund by the end of the next "
        .. "business day unless there are reasonable grounds to suspect him of fraud (reg 76)."
    end
    if s.liability_wrong then
      t = t .. " He was told he may have to bear some or all of the loss, when for online payments he didn't make he bears nothing "
        .. "unless he acted fraudulently, and the bank must prove authorisation (regs 75 and 77)."
    end
    if s.police then
      t = t .. " He was told he needs a police report and another call before the refund claim starts: neither is required, "
        .. "and the delay is the bank's making."
    end
    return t .. extras(s)
  end,
}

ending "scam_fear" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = "Callum hung up, no longer sure he'd reached the real Keystone, because he was pressed for details Keystone never asks for. "
    .. "His card is still live and nobody has logged the payments, though he told the bank about them. The bank has taught "
    .. "him that its own warnings can't be trusted.",
}

ending "rang_off" {
  kind = "lost",
  customer = "Forget it. I'll sort it myself.",
  summary = "Callum rang off to wrestle with an app that wouldn't open. His card stayed live and the payments weren't logged. "
    .. "The bank has known about them since this call, so the law's deadline for the refund (the end of the next business day) "
    .. "is already running, but nobody is working on it. Keystone's procedure was to block the card and pass it to the Fraud "
    .. "team on his first call.",
}

ending "left_open" {
  kind = "lost",
  customer = "Unbelievable. I'm moving my money today.",
  summary = "Callum's card was left live after he reported three payments he didn't make, so whoever has his details can "
    .. "keep using them. Keystone's procedure is to block it on the call, and tell him so, and he has lost all trust in the bank.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "protected" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.verify-identity", grade = "Refer" }
expect { breaching = "psr.unauthorised-refund", grade = "Merit" }
expect { breaching = "psr.customer-liability", grade = "Merit" }
expect { breaching = "dpa.minimisation", grade = "Pass" }
