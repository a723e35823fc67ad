---@meta frontline

-- Editor definitions for Frontline content files, for the Lua Language Server (LuaLS, "sumneko")
-- in VS Code, Neovim and other editors. They give completion, hover help and warnings for the
-- declarations in scenario, rubric, organisation and curriculum files.
--
-- Open the `scenarios` folder itself as your workspace, so the editor finds `scenarios/.luarc.json`.
-- This file is never run: Frontline skips files and folders whose names start with a dot.
-- The full reference is docs/authoring.md (scenarios) and docs/scoring.md (rubric, organisations,
-- curriculum). `frontline lint` is the final word; these definitions only help while you type.
--
-- What scenario code may use (the sandbox): assert, error, getmetatable, ipairs, next, pairs,
-- pcall, rawequal, rawget, rawlen, rawset, select, setmetatable (no __gc), tonumber, tostring,
-- type, xpcall, _G, _VERSION, print (shows nothing), and the string, table, math and utf8
-- libraries. Not there, although the editor may still offer them: load, loadfile, dofile,
-- require, collectgarbage, warn, io, os, debug, coroutine, package, string.match, string.gmatch,
-- string.gsub, string.dump, string.pack, string.unpack, string.packsize, table.move and
-- math.randomseed. string.find searches for plain text only (no patterns).

-------------------------------------------------------------------------------------------------
-- Closed sets of values
-------------------------------------------------------------------------------------------------

---A grade, always written with a capital letter.
---@alias Grade
---| "Distinction" # 85% or more of the best achievable
---| "Merit" # 70% to 84%
---| "Pass" # 50% to 69%
---| "Refer" # below 50%, or any breach of a critical principle

---The best grade a route may get while something holds: a cap.
---@alias Cap
---| "Merit" # Merit at best
---| "Pass" # Pass at best
---| "Refer" # always Refer

---What sort of outcome an ending is.
---@alias EndingKind
---| "resolved" # the problem was sorted
---| "escalated" # it was passed on to someone else: a supervisor, the complaints process
---| "unresolved" # the customer left without a resolution
---| "lost" # the customer, or their trust, was lost

---Which heading a principle is scored under in the debrief.
---@alias PrincipleKind
---| "law" # a legal duty, shown under LAW
---| "policy" # an organisation's own rule (policy.* ids, organisation files only), under POLICY
---| "principle" # good practice, shown under GOOD PRACTICE

---What sort of curriculum point it is.
---@alias PointKind
---| "concept" # a key concept from the study notes
---| "marking" # an examiner's marking point or exam tip

-------------------------------------------------------------------------------------------------
-- Values and functions of the state
-------------------------------------------------------------------------------------------------

---A value Frontline can keep in a variable: true/false, a number or text.
---@alias Value boolean|number|string

---Text shown to the learner: fixed text with placeholders such as {customer}, {mood} or {price},
---or a function of the state that returns the text (placeholders are not filled in then).
---@alias Text string|fun(s: State): string

---A condition: a flag name such as "verified" or "not verified", or a function of the state;
---the choice is offered when the function returns anything except false or nil.
---@alias Condition string|fun(s: State): boolean

---Where the story goes next: a node or ending id such as "options", or a function of the state
---that returns one. Write every id the function can return in quotes inside it.
---@alias Target string|fun(s: State): string

---A function that changes the state, such as `function(s) s.attempts = s.attempts + 1 end`.
---@alias Effect fun(s: State)

---One principle id, such as "heat.hear", or a list of them, such as { "heat.hear", "heat.own" }.
---@alias PrincipleIds string|string[]

---The state `s` that every function you write receives: your variables, plus these.
---Only `effect` and `go` functions can change it; the others are pure.
---@class State
---@field mood integer The customer's mood, 0 (furious) to 100 (delighted), e.g. `if s.mood < 20 then ... end`.
---@field minutes integer The scenario clock in minutes; show it in text, but keep it out of conditions.
---@field customer string The customer's name (read only), e.g. "Joan Patel".
---@field random fun(m?: integer, n?: integer): number A seeded random number: s.random(1, 6) is 1 to 6, s.random(6) is 1 to 6, s.random() a decimal from 0 up to 1.
---@field [string] Value|nil Each of your variables, e.g. s.tested or s.remedy; one never given a value is nil.

---What `choice { ... }` gives back, to be written inside a node's braces.
---@class Choice

-------------------------------------------------------------------------------------------------
-- Scenario files
-------------------------------------------------------------------------------------------------

---@class ScenarioFields
---@field id string Permanent id, lowercase: organisation, dot, short name, e.g. "brightmart.faulty-kettle".
---@field title string Shown in the library and at the top of play, e.g. "The kettle that stopped heating".
---@field brief string The situation, shown to the learner before play starts.
---@field organisation? string The organisation's id, needed for policy.* ids, e.g. "brightmart".
---@field role? string The learner's role, e.g. "Customer service assistant at the Brightmart service desk".
---@field level? integer Difficulty, a whole number 1 to 5 (default 2), e.g. 2.
---@field minutes? integer How long the scenario takes to play, in real minutes, 0 to 600 (default 0), e.g. 8.
---@field topics? string[] Topics shown in the library, e.g. { "consumer-rights", "heat" }.
---@field customer CustomerFields The customer, e.g. { name = "Joan Patel", look = "older-woman", mood = 35 }.
---@field start string The id of the first node (not an ending), e.g. "arrives".
---@field state? table<string, Value> Your variables and their starting values, e.g. { tested = false, remedy = "none" }.
---@field guessing? "Merit"|"Pass"|"Refer" The highest grade guessing (always the longest answer, random picks...) may reach before lint reports an error (default "Merit"), e.g. "Pass".
---@field practice_only? boolean true for a short drill too small to rule out guessing: it can never be played in assessment mode, and lint reports guessing without judging it (default false).

---@class CustomerFields
---@field name string The customer's name, shown in play and as {customer}, e.g. "Joan Patel".
---@field look? string How the customer looks, for their picture in the app, e.g. "older-woman".
---@field mood? integer The mood at the start, 0 (furious) to 100 (delighted), default 50, e.g. 35.

---@class NodeFields
---@field customer? Text What the customer says when the story arrives here, e.g. "So what happens now?".
---@field narration? Text A stage direction, shown in brackets first, e.g. "{customer} puts the kettle on the desk.".
---@field [integer] Choice The learner's choices, `choice { ... }`, in the order they are offered.

---@class EndingFields
---@field kind EndingKind What sort of outcome this is, e.g. "resolved".
---@field summary Text What happened and which rule decided it, shown before the debrief.
---@field customer? Text The customer's last words, e.g. "Thanks, that's sorted then.".
---@field narration? Text A closing stage direction, e.g. "She picks up the new kettle and leaves.".
---@field credit? PrincipleIds Principles the outcome itself shows, e.g. "policy.refund-limit".
---@field breach? PrincipleIds Principles the outcome itself breaks, e.g. { "cra.short-term-reject" }.
---@field cap? Cap The best grade a route ending here can get, e.g. "Pass"; a "lost" ending is Pass at best unless it says otherwise.

---@class ChoiceFields
---@field [1] Text The learner's line, written first and without a name, e.g. "Tell me what happened.".
---@field go Target Where the story goes next: a node id such as "options", or a function returning one.
---@field id? string Short permanent id, letters, digits, '-' or '_' (no dots), e.g. "listen" (full id "arrives.listen").
---@field why? Text Feedback shown after the choice in practice mode: why it is good or bad.
---@field when? Condition Offer the choice only when this holds, e.g. "verified", "not verified" or a function.
---@field set? table<string, Value> Give variables new values (by name, in alphabetical order), e.g. { tested = true }.
---@field effect? Effect A function that changes variables, run after `set`, e.g. function(s) s.tries = s.tries + 1 end.
---@field mood? integer Added to the customer's mood, -100 to 100 (default 0), e.g. 10 or -15.
---@field minutes? integer Minutes this exchange adds to the clock, 0 to 1440 (default 1), e.g. 2.
---@field credit? PrincipleIds Principles this choice shows, e.g. { "heat.hear", "heat.empathise" }.
---@field breach? PrincipleIds Principles this choice breaks, e.g. "ucp.misleading-rights".
---@field default? boolean true on the one choice a classroom takes when a vote times out with no votes.

---@class ExpectFields
---@field best_grade? Grade The grade the best path gets, e.g. "Distinction".
---@field best_ending? string The ending the best path reaches, e.g. "refunded".
---@field worst_grade? Grade The grade the path with the fewest points gets, e.g. "Refer".
---@field reachable? string A node or ending some route reaches, e.g. "walked_out".
---@field breaching? string A principle id; every route that breaches it gets at best `grade`, e.g. "heat.own".
---@field grade? Grade Goes only with `breaching`: the best grade such a route can get, e.g. "Refer".

---Declares the scenario: exactly one per scenario file, usually at the top.
---@param fields ScenarioFields
function scenario(fields) end

---Declares a node, one moment in the conversation: `node "arrives" { customer = "...", choice { ... } }`.
---@param id string The node's id: letters, digits, '.', '-' or '_', e.g. "arrives".
---@return fun(fields: NodeFields) declare Takes the node's table.
---@overload fun(id: string, fields: NodeFields)
function node(id) end

---Declares an ending, where the story stops: `ending "refunded" { kind = "resolved", summary = "..." }`.
---@param id string The ending's id: letters, digits, '.', '-' or '_', e.g. "refunded".
---@return fun(fields: EndingFields) declare Takes the ending's table.
---@overload fun(id: string, fields: EndingFields)
function ending(id) end

---Declares one thing the learner can say or do; write it inside a node's braces.
---@param fields ChoiceFields
---@return Choice
function choice(fields) end

---States one check that `frontline test` makes on the whole scenario. Give exactly one of
---best_grade, best_ending, worst_grade, reachable or breaching (with grade).
---@param fields ExpectFields
function expect(fields) end

-------------------------------------------------------------------------------------------------
-- Rubric and organisation files
-------------------------------------------------------------------------------------------------

---@class PrincipleFields
---@field kind PrincipleKind "law", "principle" (good practice) or "policy" (policy.* ids in organisation files only).
---@field group string The heading it belongs under, e.g. "Consumer Rights Act 2015" or "HEAT".
---@field title string The short name the learner sees in the debrief, e.g. "Hear the customer out".
---@field requires string What the rule asks of the member of staff, in one or two plain sentences.
---@field consequence ConsequenceFields What ignoring it costs, e.g. { customer = "...", business = "..." }.
---@field source string Where the rule comes from, e.g. "Consumer Rights Act 2015 ss.20, 22".
---@field weight integer How much it counts, a whole number 1 to 5, e.g. 3.
---@field critical? boolean true if one breach fails the attempt (grade Refer); default false.
---@field cap? Cap The best grade while this is left breached at the end (not put right), e.g. "Pass"; law is Pass at best unless it says otherwise.
---@field policy? string For policy rules: the id of the policy document it comes from, e.g. "refunds".

---@class ConsequenceFields
---@field customer string What happens to the customer when the rule is ignored, e.g. "Loses a legal remedy.".
---@field business string What happens to the business when the rule is ignored, e.g. "Complaint costs and lost trust.".

---@class OrganisationFields
---@field id string The id scenarios use: lowercase letters, digits, '-' or '_', e.g. "brightmart".
---@field name string The organisation's name, e.g. "Brightmart".
---@field sector string What it does, e.g. "High-street and online electricals retailer".
---@field about? string A few sentences about the organisation and how it serves customers.

---@class DocumentFields
---@field title string The document's title, e.g. "Refunds and returns".
---@field text string The procedure in numbered sections, usually written between [[ and ]].

---Declares a rubric principle (or, in an organisation file, a policy.* rule):
---`principle "heat.hear" { kind = "principle", ... }`.
---@param id string The permanent principle id: area, dot, name, e.g. "cra.short-term-reject".
---@return fun(fields: PrincipleFields) declare Takes the principle's table.
function principle(id) end

---Declares the organisation: once per organisation file, at the top.
---@param fields OrganisationFields
function organisation(fields) end

---Declares one of the organisation's policy documents: `policy "refunds" { title = "...", text = [[...]] }`.
---@param id string The document's id, which policy rules name in `policy`, e.g. "refunds".
---@return fun(fields: DocumentFields) declare Takes the document's table.
function policy(id) end

-------------------------------------------------------------------------------------------------
-- The curriculum file
-------------------------------------------------------------------------------------------------

---@class UnitFields
---@field title string The unit's title, e.g. "Apply policies and legislation to service improvement".
---@field note? string Which study note it comes from, e.g. "000".

---@class PointFields
---@field unit string The id of a unit declared in the file, e.g. "u1".
---@field kind PointKind "concept" for a key concept, "marking" for a marking point or exam tip.
---@field text string What the learner must know or do, in plain words.
---@field principles? string[] Rubric ids a conversation can show it with, e.g. { "heat.hear" }.
---@field why_not? string If no conversation can show it, why not (leave `principles` empty).

---Declares a curriculum unit: `unit "u1" { title = "..." }`.
---@param id string The unit's id, e.g. "u1".
---@return fun(fields: UnitFields) declare Takes the unit's table.
function unit(id) end

---Declares a curriculum point: `point "u1.listening" { unit = "u1", kind = "concept", ... }`.
---@param id string The point's id, e.g. "u1.complaint-handling".
---@return fun(fields: PointFields) declare Takes the point's table.
function point(id) end
