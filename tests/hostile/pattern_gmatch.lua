-- hostile: patterns through gmatch
-- stage: load
-- expect: 'gmatch'
for w in ("a b"):gmatch("%a+") do end -- <<<
