-- hostile: grow a table without end
-- stage: load
-- expect: memory limit
local t = {} for i = 1, 1e9 do t[i] = i .. "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" end -- <<<
