-- hostile: upper-cases a 1 MiB text on every turn of a loop (work done in C)
-- stage: load
-- expect: instruction budget
local s = string.rep("x", 1 << 20)
for i = 1, 100000 do local t = s:upper() end -- <<<
