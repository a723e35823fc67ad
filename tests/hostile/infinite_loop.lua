-- hostile: loop forever at the top level
-- stage: load
-- expect: instruction budget
while true do end -- <<<
