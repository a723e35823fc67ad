-- hostile: loop forever, swallowing the stop with pcall
-- stage: load
-- expect: instruction budget
while true do pcall(function() while true do end end) end -- <<<
