-- hostile: string.rep with a huge count
-- stage: load
-- expect: result too large
local s = ("x"):rep(1e9) -- <<<
