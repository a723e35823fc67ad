-- hostile: double a string without end
-- stage: load
-- expect: memory limit
local s = "x" for i = 1, 60 do s = s .. s end -- <<<
