// core::Scripting on top of a sandboxed VM: calls the author's functions with the state as `s`.
#pragma once

#include "core/scripting.hpp"
#include "vm.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace frontline::script {

class LuaScripting final : public Scripting {
  public:
    explicit LuaScripting(std::shared_ptr<Vm> vm, std::string customerName);

    std::string text(FunctionRef fn, const State& state, const SourceRef& at) override;
    bool test(FunctionRef fn, const State& state, const SourceRef& at) override;
    std::string target(FunctionRef fn, State& state, const SourceRef& at) override;
    void effect(FunctionRef fn, State& state, const SourceRef& at) override;

    Vm& vm() { return *m_vm; }

    std::vector<Diagnostic> notices() const override { return m_notices; }
    void allow(bool on) override;
    bool exhausted() const override { return m_vm->exhausted(); }

  private:
    // Pushes fn and a fresh `s` table, runs it, and leaves one result on the stack; the state
    // table stays below it so actions can read it back. Throws ScriptError on failure.
    void invoke(FunctionRef fn, const State& state, Rng& random);
    void readBack(State& state, const SourceRef& at);
    std::string take(int idx, std::size_t limit, const SourceRef& at, std::string_view what);

    std::shared_ptr<Vm> m_vm;
    std::string m_customer;
    std::vector<Diagnostic> m_notices;
    int m_allowing = 0;
};

} // namespace frontline::script
