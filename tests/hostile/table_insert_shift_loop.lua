-- hostile: inserts at the front in a loop: each one shifts every slot in C
-- stage: load
-- expect: instruction budget
local t = {}
for i = 1, 1000000 do table.insert(t, 1, i) end -- <<<
