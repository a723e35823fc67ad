-- Frontline scenario: an angry customer after the bank's final response to his complaint.
-- Organisation: Keystone Bank (retail bank), phone contact centre.

scenario {
  id = "keystone.complaint-deadlock",
  title = "After the final response",
  brief = "You're taking calls in Keystone Bank's contact centre. Derek Sloane complained nine weeks ago about £250 of "
    .. "overdraft charges on his sole current account. He says that in March a branch colleague agreed to raise his overdraft limit, but it never happened. "
    .. "Last week the bank sent its final response: the complaint was not upheld and the charges stand. "
    .. "He is ringing back, furious. You can refund a fee or charge of up to £50 and give goodwill of up to £30; anything more needs a team leader's approval.",
  organisation = "keystone",
  role = "Customer service adviser, Keystone Bank contact centre (phone)",
  level = 3,
  minutes = 12,
  topics = { "complaints", "ombudsman", "heat", "data-protection", "limits-of-authority" },
  customer = { name = "Derek Sloane", look = "man-in-his-sixties", mood = 15 },
  start = "opening",
  state = {
    verified = false,
    record_checked = false,
    promised = false,
    mistake = "none",
    linda_listening = false,
    fos_wrong = "none",
    leaflet_sent = false,
    new_complaint = false,
    explained = false,
    asked_security = false,
    heard_story = false,
    recovered = false,
    backed_down = false,
    over_promised = false,
    full_passcode = false,
    promise_amount = "£250",
  },
}

node "opening" {
  narration = "The call connects. The caller doesn't wait for your greeting to finish.",
  customer = "Is this Keystone? Nine weeks I've been on at you about two hundred and fifty pounds you took off me, "
    .. "and now a letter says you're keeping it. You're not. I want it back today, or I'm going to the papers.",
  choice { "Let me stop you there, sir. That letter is the bank's final decision, so there's nothing more I can do about it.",
    id = "cut-off",
    go = "argue", mood = -15, set = { mistake = "final" },
    breach = { "heat.hear", "complaint.signpost" },
    why = "Cutting him off before he has said what's wrong tells him nobody is listening. It's also wrong: a final response isn't the end. "
      .. "He can take the complaint to the Financial Ombudsman Service, and you should tell him so." },
  choice { "Before we go any further, I need to take you through security: your full name and date of birth, "
      .. "then two passcode characters and a recent payment.",
    id = "security-first",
    go = "security", mood = -5, set = { asked_security = true },
    credit = { "policy.security-questions", "dpa.verify-identity" },
    why = "Security has to come before you discuss his complaint, so this isn't wrong. But launching into it while he's mid-flow feels cold. "
      .. "Let him say his piece first, then do security." },
  choice { "I can hear how angry you are, Mr Sloane. Tell me what's happened, from the start.",
    id = "listen",
    go = "vent", mood = 5,
    credit = { "heat.hear", "heat.empathise" },
    why = "Letting an angry customer get it all out, without interrupting or defending the bank, is the first step of HEAT. It also tells you what he actually wants." },
  choice { "I'm so sorry, Mr Sloane. Nine weeks is far too long to be chasing us. Leave it with me: I'll make sure that £250 goes back on your account today, "
      .. "so there'll be no need for the papers.",
    id = "promise-today",
    go = "false_hope", mood = 15, set = { promised = true, over_promised = true, mistake = "promised-early" },
    breach = { "policy.refund-limit", "service.limits-of-authority", "heat.hear" },
    why = "You haven't heard what happened, checked the file or confirmed who he is, and you've promised a £250 refund the complaints team has already refused. "
      .. "Your refund limit is £50. When the promise falls through, he'll be angrier than before." },
}

node "vent" {
  customer = "My mum died in March. I asked your Stockport branch to raise my overdraft for the funeral. The girl said it was done. "
    .. "It wasn't. Four months of charges, £250, after thirty-one years. 'No record'? So I'm a liar?",
  choice { "That's awful, Mr Sloane. Don't worry, I'll get the £250 put back on your account today.",
    id = "promise",
    when = "not backed_down",
    go = "false_hope", mood = 15, set = { promised = true, over_promised = true, heard_story = true },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "You can refund charges of up to £50 yourself, and the complaints team has already decided not to refund these. "
      .. "Promising £250 goes far beyond your authority. When the promise falls through he'll be angrier than before." },
  choice { "I'm so sorry about your mum, and I see why that letter hurt. First, security: your full name and date of birth, "
      .. "two characters from your passcode and a recent payment?",
    id = "security",
    go = "security", mood = 5, set = { asked_security = true, heard_story = true },
    credit = { "heat.empathise", "policy.security-questions", "dpa.verify-identity" },
    why = "You acknowledge his loss and his feelings, then do security before you go anywhere near his complaint or his account." },
  choice { "Right. Give me your account number and I'll pull up the complaint.",
    id = "acct-number",
    go = "record", minutes = 2, set = { record_checked = true, heard_story = true },
    breach = { "policy.security-questions", "dpa.verify-identity" },
    why = "An account number isn't security: it's printed on statements and cheques. Going through a complaint with a caller "
      .. "you haven't verified risks giving his financial details to someone else." },
  choice { "I'm so sorry about your mum. To save you the usual back and forth, can you read me your full telephone banking passcode "
      .. "and the long number on your debit card? Then I'll have everything up in one go.",
    id = "full-passcode",
    go = "record", minutes = 2, set = { verified = true, record_checked = true, heard_story = true, full_passcode = true },
    credit = "heat.empathise",
    breach = { "policy.security-questions", "policy.data-handling", "dpa.minimisation" },
    why = "Keystone never asks for a full passcode, and card numbers are never taken or read out on a call. Asking for both collects far more than "
      .. "security needs and teaches him to hand them over to anyone who sounds official. Two passcode characters and a recent payment are enough." },
}

node "security" {
  narration = function(s)
    local t = "You ask for the second and fifth characters of his passcode."
    if not s.asked_security then
      t = "You take him through security: full name, date of birth, the second and fifth characters of his passcode and a recent payment."
    end
    return t .. " His answers match the account: Derek John Sloane, sole account holder."
  end,
  customer = "Derek John Sloane. Fourteenth of May, 1961. Second and fifth? Seven and four. And my pension went in on the first, same as always. "
    .. "Now can we get on with it?",
  choice { "Thanks. I can see the final response went out last week, so the complaint's closed, I'm afraid. There's nothing more anyone can do.",
    id = "nothing-more",
    go = "argue", mood = -15, set = { verified = true, mistake = "final" },
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "A final response ends the bank's own process, not his rights. He can refer the complaint to the Financial Ombudsman Service, free, "
      .. "within six months of the final response. Saying there's nothing more he can do misstates his rights." },
  choice { "Thank you, Mr Sloane, that all matches. Bear with me while I bring up your complaint, so I'm working from the full picture rather than guessing.",
    id = "check-record",
    go = "record", minutes = 2, set = { verified = true, record_checked = true },
    credit = "complaint.investigate",
    why = "Check the complaint file before you say anything about the outcome. You need to know what was decided, why, and what went wrong along the way." },
}

node "record" {
  narration = "The file: £250 over-limit charges; he says he asked Stockport branch for a higher limit in March. "
    .. "Call-backs at weeks 3 and 6: not made. Final response last Tuesday: not upheld, no request on record; FOS leaflet sent.",
  customer = function(s)
    if s.mood < 20 then
      return "Well? You've got it in front of you. Am I getting my money back or not? Yes or no."
    end
    return "Go on, then. What does it say? Am I getting my money back?"
  end,
  choice { "The file's clear, I'm afraid. There's no record of any request, and the charges are in the terms you agreed to when you opened the account. "
      .. "Branch staff can't raise a limit on the spot, so they were applied correctly.",
    id = "argue",
    go = "argue", mood = -15, set = { mistake = "terms" },
    breach = { "service.professional", "heat.empathise" },
    why = "Reading the bank's case back at him, as if he were in the wrong, is arguing with the customer, and you don't know what the branch did or said. "
      .. "The decision has been made; your job now is to explain it respectfully and tell him what he can do next." },
  choice { "Leave it with me. I'll reopen the complaint and send it back to the team. Once they hear it from me, I'm sure they'll refund it.",
    id = "reopen",
    when = "not backed_down",
    go = "false_hope", mood = 10, set = { promised = true, over_promised = true },
    breach = { "service.limits-of-authority", "service.expectations" },
    why = "The complaints team has issued its final response. Reopening it and predicting a refund isn't your decision to make, "
      .. "and it raises hopes you can't meet." },
  choice { function(s)
      local t = "I'm sorry it's come to this"
      if s.heard_story then t = t .. ", especially after losing your mum" end
      return t .. ". They found no record of your request, so the charges stand. I can't overturn that or refund £250 myself, "
        .. "and my goodwill limit is £30. But you still have options."
    end,
    id = "explain",
    go = "press", mood = 5, set = { explained = true },
    credit = { "heat.apologise", "heat.own", "service.limits-of-authority", "policy.refund-limit", "policy.goodwill-limit", "service.clear-language" },
    why = "You say sorry for what he's been through without claiming the decision was wrong, explain the decision in plain words, "
      .. "are honest about what you can and can't authorise, and move him on to his next step." },
  choice { "How about we meet halfway? I'll put £125 back on your account now as a goodwill gesture, and we'll call it settled.",
    id = "halfway",
    when = "not backed_down",
    go = "false_hope", mood = 10, set = { promised = true, over_promised = true, promise_amount = "£125" },
    breach = { "policy.goodwill-limit", "service.limits-of-authority" },
    why = "£125 is more than four times your £30 goodwill limit. Splitting the difference also undercuts the final response, "
      .. "and an offer you can't authorise will have to be taken back." },
}

node "false_hope" {
  customer = function(s)
    if s.mistake == "promised-early" then
      return "Right. Finally, somebody with a bit of sense. Today, you said. So how are you doing it?"
    end
    if s.mood >= 30 then
      return "Right. Finally, somebody with a bit of sense. So when will I see it? Today?"
    end
    return "Well, that's more like it. So when does it go back on? Today?"
  end,
  choice { "I'll put it through now. It should be back on your account within the hour.",
    id = "push-through",
    go = "overpromised", mood = 5,
    breach = { "service.seek-approval", "service.limits-of-authority" },
    why = "Doubling down on a promise you can't keep makes it worse. Anything that size needs a team leader's approval first, "
      .. "and the complaint has already been decided." },
  choice { "I'll get my team leader to authorise it for you.",
    id = "team-leader",
    go = "team_leader", minutes = 3,
    why = "Involving your team leader is better than pushing it through yourself, but you've already raised his hopes. "
      .. "Be honest in the handover about what you told him." },
  choice { "I'm sorry, Mr Sloane, I spoke too soon. The complaints team has decided, and I can't change that or refund it myself. "
      .. "I shouldn't promise what I can't deliver. What I can do is explain your next step.",
    id = "backtrack",
    go = function(s)
      if s.verified then return "press" end
      return "security"
    end,
    mood = -10, set = { promised = false, backed_down = true },
    credit = { "heat.apologise", "heat.own" },
    why = "Taking back a wrong promise is uncomfortable, but it is far better than letting him find out later. Say sorry, be straight, and move on." },
}

node "argue" {
  customer = function(s)
    if s.mistake == "terms" then
      return "Don't you lecture me about terms and conditions! I asked for it, in your branch, to a girl with a name badge. I want your manager. Now."
    elseif s.mistake == "threat" then
      return "End the call? Go on, then. And I'll tell the papers you hung up on me as well. Put me through to your manager."
    elseif s.mistake == "gag" then
      return "Close my account? For talking to a newspaper? After thirty-one years? Put me through to your manager. Now."
    end
    return "Nothing more you can do? Then what am I paying you lot for? Put me through to somebody in charge."
  end,
  choice { "There's no point, Mr Sloane. They'll only tell you the same thing.",
    id = "no-point",
    go = "hung_up", mood = -20,
    breach = { "heat.own", "service.professional" },
    why = "Refusing to escalate when a customer asks leaves him with nowhere to go. He still has a route to the ombudsman, and you haven't told him about it." },
  choice { "You're right to be annoyed, and I'm sorry. I handled that badly. Let me start again and go through this properly with you.",
    id = "recover",
    when = "not recovered",
    go = function(s)
      if s.record_checked then return "press" end
      if s.verified then return "record" end
      return "security"
    end,
    mood = 10, set = { recovered = true },
    credit = "heat.apologise",
    why = "Owning a bad start and resetting the conversation often calms things faster than passing him on." },
  choice { "Of course. I'll put you through to my team leader, and I'll explain everything first so you don't have to repeat yourself.",
    id = "escalate",
    go = "team_leader", minutes = 3, mood = 5,
    why = "If he asks for a manager, escalating promptly is reasonable. What matters next is the quality of your handover." },
}

node "team_leader" {
  narration = "Your team leader, Priya Nair, picks up the transfer and asks you for a quick handover before she speaks to Mr Sloane.",
  customer = function(s)
    if s.mood < 20 then
      return "Thirty-one years. Thirty-one years, and this is how they treat you."
    end
    return "Go on, then. Let's see if she's any better."
  end,
  choice { function(s)
      local t = "Priya, it's Mr Derek Sloane"
      if s.verified then
        t = t .. ". He's passed security."
      else
        t = t .. ". He hasn't been through security yet."
      end
      if s.record_checked then
        t = t .. " He complained nine weeks ago about £250 of overdraft charges. He says he asked in branch in March for his overdraft limit to be raised. "
          .. "Our final response last week didn't uphold it, and two promised call-backs were never made."
      else
        t = t .. " He complained nine weeks ago about £250 of charges and has had our final response saying they stand. I haven't opened the complaint file yet."
      end
      if s.promised then
        t = t .. " I wrongly told him he'd get the money back, and I need you to know that before you speak to him."
      elseif s.over_promised then
        t = t .. " Earlier I wrongly told him he'd get the money back; I've since told him I can't."
      end
      if s.mistake == "final" then
        t = t .. " I wrongly told him there was nothing more he could do."
      end
      return t .. " He's very upset and has mentioned going to the press. He hasn't yet been told about the Financial Ombudsman."
    end,
    id = "handover",
    go = "escalated", mood = 5,
    credit = { "service.escalate-clearly", "policy.escalation", "heat.own" },
    why = "A clear handover: who he is, whether he's verified, the complaint, the outcome, what went wrong, and anything you said that needs correcting. "
      .. "He won't have to start again." },
  choice { "Priya, this gentleman's kicking off about some overdraft charges. Can you take him?",
    id = "vague",
    go = "passed_on", mood = -10,
    breach = { "service.escalate-clearly", "service.professional" },
    why = "A vague, loaded handover means he has to tell the whole story again, and it describes him unfairly to your colleague." },
}

node "press" {
  customer = function(s)
    if s.backed_down then
      return "So that's a no, then. Nine weeks of this, and now you're messing me about as well. "
        .. "I'm ringing the Manchester Evening News the minute I put this phone down. See how you like that."
    elseif not s.explained then
      return "Start again? Fine. But I'm telling you now, I'm ringing the Manchester Evening News the minute I put this phone down. "
        .. "'Bank fleeces pensioner.' See how you like that."
    end
    if s.mood < 25 then
      return "Options? I'm at the end of my tether. I'm ringing the Manchester Evening News the minute I put this phone down. "
        .. "'Bank fleeces pensioner.' See how you like that."
    end
    return "My options. I've had nine weeks of options. Maybe the papers will get a straight answer out of you lot."
  end,
  choice { "Please don't do that. Look, if you keep this out of the papers, I'll make sure you get the £250 back.",
    id = "buy-off",
    when = "not backed_down",
    go = "false_hope", mood = 10, set = { promised = true, over_promised = true },
    breach = { "policy.refund-limit", "service.limits-of-authority" },
    why = "Trying to buy his silence with a refund you can't authorise breaks your limits: anything over £50 needs a team leader's approval first. "
      .. "And he has every right to speak to the press." },
  choice { "Threatening us won't get you anywhere, Mr Sloane. If you carry on like this, I'll have to end the call.",
    id = "threat",
    go = "argue", mood = -15, set = { mistake = "threat" },
    breach = { "service.professional", "policy.abusive-contact" },
    why = "Saying he'll go to the papers isn't abuse. It's his right. The abusive-contact policy is for abuse and threats against staff. "
      .. "Using it to shut down an angry but legitimate complaint escalates the call." },
  choice { "That's your choice, Mr Sloane, and I won't talk you out of it. But can I tell you about the free, independent route first? "
      .. "It could get you a proper answer.",
    id = "calm",
    go = "linda", mood = 5,
    credit = { "service.professional", "heat.hear" },
    why = "You stay calm, don't react to the threat, and respect his right to speak out. Then you steer him towards the route that can actually help him." },
  choice { "I'd think very carefully about that, Mr Sloane. Discussing your account with the press could breach the confidentiality terms "
      .. "of your account, and the bank would be entitled to close it if its reputation were damaged.",
    id = "gag",
    go = "argue", mood = -15, set = { mistake = "gag" },
    breach = { "ucp.misleading-rights", "service.professional" },
    why = "None of that is true. He's free to talk to anyone about his own complaint, and threatening to close his account for it misleads him "
      .. "and pressures him to keep quiet. Stay calm and point him to the route that can actually help." },
}

node "linda" {
  narration = "Mr Sloane sighs: \"You talk to her, Lin.\" A woman comes on: \"Hello, I'm Linda, his wife. He's making a cuppa. "
    .. "What did the complaints people find? He never tells me the half of it, and I do the paperwork.\"",
  choice { "Of course. The complaints team found no record of Derek asking for a higher limit, so the account was over its limit from March to June, "
      .. "and the £250 in charges was applied under the account terms.",
    id = "tell-linda",
    go = "linda_told",
    breach = { "dpa.third-party-authority", "policy.security-questions" },
    why = "Linda isn't on the account, she hasn't been verified, and Derek hasn't said she can hear about it. "
      .. "Being his wife doesn't give her the right to his account details. This is an unauthorised disclosure." },
  choice { "Put your husband back on, please. I can only speak to the account holder.",
    id = "curt",
    go = "derek_back", mood = -10,
    credit = "dpa.third-party-authority",
    breach = "service.professional",
    why = "Right rule, wrong delivery. A curt refusal with no explanation sounds like you're fobbing them off, just as things were calming down." },
  choice { "Hello, Linda. I'm sorry, I can't discuss Derek's account unless he says I can. It's to protect his information. "
      .. "Could you ask him to come back to the phone for a moment?",
    id = "decline",
    go = "derek_back",
    credit = "dpa.third-party-authority",
    why = "You protect Derek's data without a lecture, and you ask for the one thing that solves it: Derek's own say-so." },
}

node "linda_told" {
  narration = "There's a clatter, and then Derek's voice, close to the phone: \"What's she telling you, Lin?\" He takes the phone back.",
  customer = "Hang on. Hang on. Who said you could go through my account with my wife? I never said that! What else have you told her?",
  choice { "She's your wife, Mr Sloane, it's hardly a secret. Anyway, about the Ombudsman...",
    id = "shrug",
    go = "breach_hidden", mood = -20,
    breach = { "dpa.breach-report", "service.professional" },
    why = "Disclosing account details to someone without authority is a personal data breach. Brushing it off and moving on means "
      .. "it is never reported, and the bank can't assess it or put it right." },
  choice { "You're right, Mr Sloane, and I'm sorry. I shouldn't have discussed your account with anyone without your permission. "
      .. "I'm reporting what happened to our data protection team straight away, so it's looked into properly.",
    id = "report",
    go = "breach_reported", mood = 5,
    credit = { "dpa.breach-report", "policy.data-handling", "heat.apologise", "heat.own" },
    why = "Owning the mistake and reporting it internally at once is the right thing to do. The data protection team decides what happens next." },
}

node "derek_back" {
  customer = function(s)
    if s.mood < 25 then
      return "What now? She's my wife! We've been married forty-one years. She knows more about my money than I do. This is ridiculous."
    end
    return "What's the matter? She's my wife. Forty-one years. She knows more about my money than I do."
  end,
  choice { "Rules are rules, Mr Sloane. I don't make them.",
    id = "rules",
    go = "fos_explain", mood = -10,
    breach = "service.professional",
    why = "It's the right rule, but hiding behind it without explaining, or offering the easy fix, makes you sound obstructive." },
  choice { "I know, and I'm sorry for the fuss. It's your account, so I need to hear it from you. "
      .. "If you're happy for Linda to listen in, just say so and I'll note it.",
    id = "consent",
    go = "fos_explain", mood = 5, set = { linda_listening = true },
    credit = { "dpa.third-party-authority", "service.clear-language" },
    why = "Derek is verified and on the line, so he can agree to Linda listening to this call. You explain why you asked, "
      .. "and you'll record his consent." },
  choice { "Then the simplest thing is for me to add Linda to your account as a joint holder now, so she can ring us about anything. "
      .. "I'll just need her date of birth and address, and she can choose a passcode.",
    id = "joint",
    go = "fos_explain", mood = -5, set = { mistake = "joint" },
    breach = { "policy.authorised-person", "dpa.minimisation" },
    why = "He asked for nothing of the sort. Making Linda a joint holder would give her a share of his account and its money, and it needs his own "
      .. "considered instruction, not a suggestion in passing, and her details aren't needed for anything he's asked. All that's needed today is his OK for her to listen." },
}

node "fos_explain" {
  narration = function(s)
    if s.linda_listening then
      return "There's a click, and the line sounds further away. You're on speaker."
    end
    return "Mr Sloane sighs heavily down the line."
  end,
  customer = function(s)
    if s.linda_listening then
      return "Yes, yes, she can listen. Right. Go on, then. What's this independent route? Some other lot who'll take the bank's side, I suppose."
    end
    if s.mistake == "joint" then
      return "We'll sort our own accounts out, thanks. Go on, then. What's this independent route? Some other lot who'll take the bank's side, I suppose."
    end
    return "Go on, then. What's this independent route? Some other lot who'll take the bank's side, I suppose."
  end,
  choice { "It's the Financial Ombudsman Service. But you only had 30 days from the date of our letter to go to them, so you'd need to be quick.",
    id = "thirty-days",
    go = "deadline_row", mood = -10, set = { fos_wrong = "thirty" },
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "Wrong deadline. He has six months from the date of the final response to refer his complaint to the Financial Ombudsman Service. "
      .. "A made-up 30-day limit could put him off using a right he still has." },
  choice { "No, it's the Financial Ombudsman Service: independent and free. You've had our final response, so you can go now, "
      .. "within six months of that letter's date.",
    id = "correct",
    go = "fos_questions", mood = 10,
    credit = { "complaint.signpost", "service.clear-language", "service.expectations" },
    why = "Accurate signposting: the Financial Ombudsman Service is independent and free to consumers. He can refer now, because he's had a final response "
      .. "(or after eight weeks if there had been none), and he must do it within six months of the final response." },
  choice { "There's the Financial Ombudsman Service, but since April 2025 they charge £250 to take on a case, so it would cost you as much as "
      .. "you'd get back. Most people in your position decide it isn't worth it.",
    id = "fee",
    go = "deadline_row", mood = -10, set = { fos_wrong = "fee" },
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "The Financial Ombudsman Service is free for consumers to use. The £250 fee brought in from April 2025 is paid by professional representatives, "
      .. "such as claims firms, not by a customer bringing his own complaint. Telling him it costs £250 could stop him using it." },
  choice { "You can go to the Financial Ombudsman, but only after another eight weeks. So the new year at the earliest.",
    id = "wait",
    go = "deadline_row", mood = -10, set = { fos_wrong = "wait" },
    breach = { "complaint.signpost", "ucp.misleading-rights" },
    why = "The eight weeks is how long the bank has to send a final response. He has already had one, so he can go to the ombudsman now." },
}

node "deadline_row" {
  narration = function(s)
    if s.linda_listening then
      return "You hear paper rustling on the other end. Linda has found the letter."
    end
    return "You hear drawers opening. Mr Sloane has gone to find the letter."
  end,
  customer = function(s)
    local who = "I've got your letter here."
    if s.linda_listening then who = "Linda's got your letter here." end
    if s.fos_wrong == "fee" then
      return who .. " It says the Financial Ombudsman Service is free. Free! So which is it?"
    elseif s.fos_wrong == "wait" then
      return who .. " It says I can go to the Ombudsman now, and I've got six months. So which is it?"
    end
    return who .. " It says I've got six months from the date of the letter to go to the Ombudsman. Six months, not thirty days. So which is it?"
  end,
  choice { "The letter's right, and I'm sorry, I got that wrong. The Financial Ombudsman Service is free, "
      .. "you can go to them now you've had our final response, and you've got six months from the date on that letter.",
    id = "correct",
    go = "fos_questions", mood = 5, set = { fos_wrong = "corrected" },
    credit = { "heat.apologise", "complaint.signpost" },
    why = "When the customer shows you're wrong, admit it at once and give him the correct position. He leaves knowing his real rights." },
  choice { "I'd go by what I've told you. Those letters are generic.",
    id = "insist",
    go = "walked_off", mood = -20,
    breach = { "ucp.misleading-rights", "complaint.signpost" },
    why = "The letter is right and you're wrong. Insisting on a made-up rule leaves him misinformed about a free, independent route "
      .. "and destroys what trust was left." },
}

node "fos_questions" {
  customer = function(s)
    if s.linda_listening then
      return "Right. So what do we actually do? Linda says I binned the leaflet with the letter, in a temper. I'll fill their form in online tonight, "
        .. "but I want the proper details from you, not whatever comes up first."
    end
    return "Right. So what do I actually do? I binned the leaflet with the letter, in a temper. I'll fill their form in online tonight, "
      .. "but I want the proper details from you, not whatever comes up first."
  end,
  choice { "Honestly, the easiest thing is a claims management company. They'll fill in the forms and deal with the ombudsman for you, "
      .. "and they only take a cut if you win, so you've nothing to lose.",
    id = "claims-firm",
    go = "callbacks", mood = -5,
    breach = { "complaint.signpost", "heat.own" },
    why = "He doesn't need a claims firm. The Financial Ombudsman Service is free to use directly, and a firm would normally charge him "
      .. "for something he can do at no cost. A cut of his £250 is something to lose. Offer to send him the details yourself." },
  choice { "I'll email you a copy of our final response and the ombudsman's leaflet now, and post them too. "
      .. "The leaflet has their website and phone number.",
    id = "send",
    go = "callbacks", mood = 5, set = { leaflet_sent = true },
    credit = { "heat.own", "service.expectations" },
    why = "You take ownership of the next step and say exactly what will arrive and when. With the final response and the official "
      .. "details in front of him, he can refer it himself tonight, as he plans to, without going hunting." },
  choice { "It's all on their website. If you search for 'Financial Ombudsman' it'll come up.",
    id = "google",
    go = "callbacks", mood = -10,
    breach = { "heat.own", "heat.hear" },
    why = "He asked you for the proper details, not a search. Sending him off to look leaves him to sort it out himself, and the first results "
      .. "can be claims firms that charge for what the ombudsman does free. Send him the final response and the leaflet yourself." },
}

node "callbacks" {
  customer = "And another thing, while I've got you. Your complaints woman said she'd ring me back. Twice. Never did. "
    .. "Nine weeks of me chasing you. That's half of why I'm in this state.",
  choice { "I do understand. But a complaint about how a complaint was handled has to come to us in writing, to the complaints department, "
      .. "so there's a proper record. I can give you the address, and they'll reply within eight weeks.",
    id = "write-in",
    go = "wrap_up", mood = -10,
    breach = { "complaint.log", "heat.own", "ucp.misleading-rights" },
    why = "A complaint doesn't have to be in writing: spoken or written counts. He has just made one on the phone. Telling him otherwise misstates his rights, "
      .. "puts a barrier in his way, and means it won't get logged today." },
  choice { "That's all done now, Mr Sloane. The complaint's closed.",
    id = "closed",
    go = "wrap_up", mood = -10,
    breach = { "complaint.log", "heat.hear" },
    why = "The missed call-backs are a new complaint about how his complaint was handled. Brushing them off means nobody looks into it and it happens to the next customer." },
  choice { "I'm sorry, both call-backs were missed. I'm logging that as a new complaint now: acknowledged within a working day, "
      .. "answered within eight weeks. It won't hold up the ombudsman.",
    id = "log-new",
    go = "wrap_up", mood = 10, minutes = 2, set = { new_complaint = true },
    credit = { "complaint.log", "complaint.acknowledge", "policy.complaint-sla", "heat.apologise" },
    why = "A complaint can be made by phone: he has just made one, about the missed call-backs. You log it, apologise for the failure, "
      .. "and set out Keystone's timescales without mixing it up with his ombudsman rights." },
}

node "wrap_up" {
  narration = "Before you end the call, you open the contact record for today.",
  customer = function(s)
    if s.mood >= 55 then
      return "Right. Well. Thank you, love. You're the first person at that bank who's actually listened. I'm still going to the Ombudsman, mind."
    end
    return "Right. I'm still going to the Ombudsman. And I haven't ruled out the papers, either."
  end,
  choice { function(s)
      local t = "(Send the leaflet pack request, then write the note.) Customer called unhappy with final response on overdraft charges complaint."
      if s.full_passcode then
        t = t .. " Identity checked with full passcode and card number, against procedure."
      elseif s.verified then
        t = t .. " Passed security (name, DOB, passcode characters, recent payment)."
      else
        t = t .. " Security not completed before the complaint was discussed."
      end
      t = t .. " Explained the decision stands. Explained FOS: free, can refer now, within six months of the final response date. "
        .. "FOS leaflet and copy of final response sent by email and first-class post today."
      if s.linda_listening then t = t .. " Customer agreed on this call to his wife, Linda, listening." end
      if s.new_complaint then t = t .. " New complaint logged about two missed call-backs." end
      return t .. " Customer said he may contact the press."
    end,
    id = "factual",
    when = "leaflet_sent",
    go = function(s)
      if s.new_complaint then return "signposted" end
      return "loose_ends"
    end,
    credit = { "policy.log-contact", "dpa.accurate-notes", "service.reliability" },
    why = "You do what you promised before you hang up, and the note is factual: what was asked, what was explained, what was sent, and who agreed to what. "
      .. "Derek could read it through a subject access request." },
  choice { function(s)
      local t = "Customer called unhappy with final response on overdraft charges complaint."
      if s.full_passcode then
        t = t .. " Identity checked with full passcode and card number, against procedure."
      elseif s.verified then
        t = t .. " Passed security (name, DOB, passcode characters, recent payment)."
      else
        t = t .. " Security not completed before the complaint was discussed."
      end
      t = t .. " Explained the decision stands. Told about FOS."
      if s.linda_listening then t = t .. " Customer agreed on this call to his wife, Linda, listening." end
      if s.new_complaint then t = t .. " New complaint logged about two missed call-backs." end
      return t .. " Customer said he may contact the press."
    end,
    id = "factual-short",
    when = "not leaflet_sent",
    go = "loose_ends",
    credit = { "policy.log-contact", "dpa.accurate-notes" },
    why = "A factual note of the call: what was asked, what was explained and who agreed to what." },
  choice { "Customer aggressive and irrational. Threatened the press. Difficult character; no point engaging further.",
    id = "opinion",
    go = function(s)
      if s.new_complaint and s.leaflet_sent then return "signposted" end
      return "loose_ends"
    end,
    breach = "dpa.accurate-notes",
    why = "Labels such as 'irrational' and 'difficult character' are opinions written as fact. They're unfair, they don't help the next adviser, "
      .. "and Derek could read them through a subject access request." },
  choice { "(Close the call without a note. It's all on the complaint file already.)",
    id = "skip",
    go = function(s)
      if s.new_complaint and s.leaflet_sent then return "signposted" end
      return "loose_ends"
    end,
    breach = "policy.log-contact",
    why = "Every contact is logged. Without a note, the next adviser won't know what Derek was told, what was sent or who may listen on his calls." },
  choice { function(s)
      local t = "Customer rang, very worked up, about the final response on his overdraft charges complaint. Claims a branch colleague agreed "
        .. "a higher limit in March; no record, so probably misremembering (recently bereaved)."
      if s.verified then t = t .. " Passed security." end
      t = t .. " Explained the decision stands. Told about FOS, though he seems more interested in the papers."
      if s.leaflet_sent then t = t .. " FOS leaflet and copy of final response sent by email and post today." end
      if s.linda_listening then t = t .. " Wife Linda listened in with his agreement; she seems to run the finances." end
      if s.new_complaint then t = t .. " New complaint logged about two missed call-backs, to keep him happy." end
      return t .. " Threatened the Manchester Evening News. Likely to ring again."
    end,
    id = "slanted",
    go = function(s)
      if s.new_complaint and s.leaflet_sent then return "signposted" end
      return "loose_ends"
    end,
    credit = "policy.log-contact",
    breach = { "dpa.accurate-notes", "policy.data-handling" },
    why = "It records the call, but it's full of guesses written as fact: 'probably misremembering', 'seems more interested in the papers', "
      .. "'she seems to run the finances'. Notes must be factual, and any opinion labelled as one. Derek could read this through a subject access request." },
}

ending "signposted" {
  kind = "resolved",
  customer = "Right. I'll look out for that email. Thank you.",
  summary = function(s)
    local t = "Derek left knowing the decision stands"
    if s.explained then t = "Derek left knowing why the decision stands" end
    t = t .. " and how to challenge it. The Financial Ombudsman Service is free to him, he can refer now "
      .. "because he has had a final response, and he has six months from that letter. The final response and the leaflet are on their way to him, "
      .. "and the missed call-backs are logged as a new complaint."
    if s.over_promised then
      return t .. " Earlier, though, he was promised a refund beyond your authority, and had to be told it wasn't coming."
    end
    return t .. " Nothing was promised beyond your authority."
  end,
}

ending "loose_ends" {
  kind = "resolved",
  customer = "Right. Well. Goodbye.",
  summary = function(s)
    local t = "Derek was told about the bank's decision and the Financial Ombudsman Service."
    if not s.leaflet_sent then
      t = t .. " But he had binned the leaflet and nothing was sent to him again, so he's left to find the details himself, "
        .. "and may land on a claims firm that charges for what the ombudsman does free."
    end
    if not s.new_complaint then
      t = t .. " His complaint about two missed call-backs wasn't logged, so nobody will look into why they happened."
    end
    return t
  end,
}

ending "overpromised" {
  kind = "unresolved",
  narration = "Twenty minutes later the refund bounces back from the system: it needs a team leader's approval. Your team leader rejects it, "
    .. "because the final response stands. Someone now has to ring Mr Sloane and tell him.",
  summary = function(s)
    return "You promised Derek " .. s.promise_amount .. " you couldn't authorise, against a final response already issued. "
      .. "He will now be let down a second time, and he still hasn't been told about his right to go to the Financial Ombudsman Service."
  end,
}

ending "hung_up" {
  kind = "lost",
  narration = "The line goes dead.",
  summary = "Derek hung up believing he had nowhere left to go. In fact he could refer his complaint to the Financial Ombudsman Service, free, "
    .. "within six months of the final response. Keystone has lost his trust and will probably hear about this from the ombudsman, or the press.",
}

ending "escalated" {
  kind = "escalated",
  narration = "Priya thanks you and takes the call.",
  summary = "You passed Derek to your team leader with a clear, honest handover, so he didn't have to repeat himself. "
    .. "It would have been better to explain the final response and his route to the Financial Ombudsman Service yourself.",
}

ending "passed_on" {
  kind = "escalated",
  customer = "So I've got to explain the whole thing again, have I? Unbelievable.",
  summary = "Derek reached a team leader, but your handover told her nothing useful and described him unfairly. "
    .. "Escalating well means passing on the facts, what has been done and what he has been told.",
}

ending "walked_off" {
  kind = "lost",
  customer = "I'll believe the letter, thanks. And I'll be telling the Ombudsman about you as well.",
  summary = "You gave Derek a wrong rule about the Financial Ombudsman Service and stuck to it when he read you the letter. It's free, he can refer now, "
    .. "and he has six months from the final response. Misleading a customer about his rights damages trust and Keystone's standing with the regulator.",
}

ending "breach_reported" {
  kind = "escalated",
  narration = "You raise the incident with the data protection team before you do anything else.",
  summary = "Discussing Derek's complaint with his wife, without his permission, was an unauthorised disclosure of his personal data. "
    .. "Reporting it straight away was right: the bank can now assess it and decide what needs to happen next.",
}

ending "breach_hidden" {
  kind = "lost",
  customer = "Forget it. I'm done with you lot.",
  summary = "You disclosed Derek's account details to someone he hadn't authorised, then brushed it off. A personal data breach must be reported "
    .. "internally at once. Hiding it stops the bank assessing it, and Derek is left angrier and with less trust than when he rang.",
}

expect { best_grade = "Distinction" }
expect { best_ending = "signposted" }
expect { worst_grade = "Refer" }
expect { breaching = "dpa.third-party-authority", grade = "Refer" }
expect { breaching = "dpa.verify-identity", grade = "Refer" }
