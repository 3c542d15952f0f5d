#pragma once

#include <QString>

#include <utility>
#include <variant>

// The outcome of a fallible call: a value or an error, shaped like C++23's std::expected so that
// it can be replaced by it once the toolchain has one. Debian 12 ships neither std::expected nor
// a packaged tl::expected, hence this small one. Result<> (no value) is for calls that only fail.
template<class E>
struct Unexpected
{
    E error;
};

template<class E>
Unexpected<E> unexpected(E error)
{
    return Unexpected<E>{std::move(error)};
}

template<class T = std::monostate, class E = QString>
class Result
{
public:
    Result() requires std::is_same_v<T, std::monostate> : m_state(std::in_place_index<0>) { }
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    template<class F>
    Result(Unexpected<F> failure)
        : m_state(std::in_place_index<1>, E(std::move(failure.error)))
    { }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }
    const T &value() const { return std::get<0>(m_state); }
    T &value() { return std::get<0>(m_state); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};
