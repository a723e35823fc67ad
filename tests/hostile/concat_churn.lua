-- hostile: copies a 1 MiB text on every turn of a loop: few instructions, much copying
-- stage: load
-- expect: ran too long
local s = string.rep("x", 1 << 20)
for i = 1, 100000000 do local t = s .. "y" end -- <<<
