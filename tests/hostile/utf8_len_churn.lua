-- hostile: measures a 1 MiB text in utf8 on every turn of a loop
-- stage: load
-- expect: instruction budget
local s = string.rep("x", 1 << 20)
for i = 1, 100000 do local n = utf8.len(s) end -- <<<
