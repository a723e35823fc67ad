-- Equality Act 2010 (Great Britain): reasonable adjustments for disabled
-- customers, and no discrimination or harassment when providing a service.

principle "eqa.reasonable-adjustments" {
  kind = "law",
  group = "Equality Act 2010",
  title = "Make reasonable adjustments for disabled customers",
  requires = "Change how you provide the service so a disabled customer is not at a disadvantage, for example accepting text relay, giving information in an accessible format or serving them somewhere they can reach. Plan ahead for this and never charge for it.",
  consequence = {
    customer = "Is shut out of a service other people can use.",
    business = "Failing to adjust is discrimination: a county court claim with damages for injury to feelings, Equality and Human Rights Commission interest and reputational harm.",
  },
  source = "Equality Act 2010 ss.20, 29 and Schedule 2 (anticipatory duty; no charge, s.20(7))",
  weight = 3,
  critical = false,
}

principle "eqa.direct-discrimination" {
  kind = "law",
  group = "Equality Act 2010",
  title = "Treat every customer fairly: no discrimination",
  requires = "Never refuse service, give worse service or offer worse terms because of a protected characteristic such as race, disability, sex, religion, sexual orientation, gender reassignment, pregnancy or age. Age protects customers aged 18 and over, and treating someone differently because of their age is lawful only where it is a proportionate way of meeting a legitimate aim, never on an assumption about what older or younger people can do.",
  consequence = {
    customer = "Is humiliated and denied a service because of who they are.",
    business = "A discrimination claim in the county court with damages, media and social-media fallout, and disciplinary action for the member of staff.",
  },
  source = "Equality Act 2010 ss.13, 17 (pregnancy and maternity), 28, 29",
  weight = 5,
  critical = true,
}

principle "eqa.harassment" {
  kind = "law",
  group = "Equality Act 2010",
  title = "No harassment of customers",
  requires = "Never make unwanted remarks or behave in a way related to a customer's disability, race, sex, age or gender reassignment (or of a sexual nature) that is degrading, hostile or offensive, such as mocking an accent or a disability. It counts even if you did not mean it.",
  consequence = {
    customer = "Is humiliated and made to feel unwelcome.",
    business = "A harassment claim against the business and the member of staff personally, damages, and loss of trust.",
  },
  source = "Equality Act 2010 ss.26, 29",
  weight = 5,
  critical = true,
}
