#pragma once

// A part of a window, dialog or panel as it is on screen: found by its type and object name
// (findChild), not through an accessor the product keeps for tests. A part that is missing ends the
// test with its name, rather than a null pointer later.

#include <QObject>
#include <QString>

namespace Parts {

template<typename T>
T *part(const QObject &owner, const QString &name)
{
    T *found = owner.findChild<T *>(name);
    if (!found)
        qFatal("%s has no %s named \"%s\"", owner.metaObject()->className(), T::staticMetaObject.className(),
               qPrintable(name));
    return found;
}

}  // namespace Parts
