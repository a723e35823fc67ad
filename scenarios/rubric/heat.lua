-- HEAT: the four steps for calming an upset customer
-- (Hear, Empathise, Apologise, Take ownership).

principle "heat.hear" {
  kind = "principle",
  group = "HEAT",
  title = "Hear the customer out",
  requires = "Let the customer finish without interrupting, note the key facts and repeat them back so they know you have understood.",
  consequence = {
    customer = "Feels ignored, has to repeat the story and gets angrier.",
    business = "Misses facts it needs, the contact takes longer and is more likely to end in a formal complaint.",
  },
  source = "HEAT model (Hear, Empathise, Apologise, Take ownership)",
  weight = 1,
  critical = false,
}

principle "heat.empathise" {
  kind = "principle",
  group = "HEAT",
  title = "Show you understand how they feel",
  requires = "Say out loud that you understand why the customer is upset, in your own words, before moving on to the solution.",
  consequence = {
    customer = "Feels the agent does not care, so the conversation stays tense.",
    business = "Upset customers escalate, complain formally or take their custom elsewhere.",
  },
  source = "HEAT model (Hear, Empathise, Apologise, Take ownership)",
  weight = 1,
  critical = false,
}

principle "heat.apologise" {
  kind = "principle",
  group = "HEAT",
  title = "Say sorry for their experience",
  requires = "Give a sincere apology for what the customer has been through. Saying sorry for the experience does not admit legal blame, so do not hold it back.",
  consequence = {
    customer = "Feels brushed off and that nobody accepts anything went wrong.",
    business = "A situation that one apology could calm turns into a complaint and damages goodwill.",
  },
  source = "HEAT model (Hear, Empathise, Apologise, Take ownership)",
  weight = 1,
  critical = false,
}

principle "heat.own" {
  kind = "principle",
  group = "HEAT",
  title = "Take ownership of the next step",
  requires = "Take responsibility for sorting it out: say what you will do, who will do it and by when, and do not pass the customer around.",
  consequence = {
    customer = "Is left unsure who is dealing with the problem and has to chase.",
    business = "Repeat contacts, more complaints and a reputation for passing the buck.",
  },
  source = "HEAT model (Hear, Empathise, Apologise, Take ownership)",
  weight = 1,
  critical = false,
}
