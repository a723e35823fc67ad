-- hostile: string.rep with a huge separator total
-- stage: load
-- expect: result too large
local s = string.rep("x", 1e8, "yy") -- <<<
