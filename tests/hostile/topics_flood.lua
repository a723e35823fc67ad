-- hostile: one 1 MiB text listed 300,000 times in topics: small for Lua, 300 GB for the host
-- stage: load
-- expect: MiB of text in all
local big = string.rep("x", 1 << 20)
local many = {}
for i = 1, 300000 do many[i] = big end
scenario { id = "hostile.topics", title = "t", brief = "b", customer = { name = "Sam" }, start = "a", topics = many } -- <<<
node "a" { customer = "Hi", choice { "Go", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
