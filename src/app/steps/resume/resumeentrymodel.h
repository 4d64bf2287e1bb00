#pragma once

#include "resume.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QtQmlIntegration>

/**
 * One line of the resume as the page edits it. Dates are kept as a year and a month
 * separately (0 = not chosen yet), so a half-picked date survives in the draft.
 */
class ResumeEntryItem : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ResumeEntryModel")

    Q_PROPERTY(int row READ row NOTIFY rowChanged)
    Q_PROPERTY(int number READ number NOTIFY rowChanged)
    Q_PROPERTY(bool isFirst READ isFirst NOTIFY rowChanged)
    Q_PROPERTY(bool isLast READ isLast NOTIFY rowChanged)
    Q_PROPERTY(int fromYear READ fromYear WRITE setFromYear NOTIFY datesChanged)
    Q_PROPERTY(int fromMonth READ fromMonth WRITE setFromMonth NOTIFY datesChanged)
    Q_PROPERTY(int toYear READ toYear WRITE setToYear NOTIFY datesChanged)
    Q_PROPERTY(int toMonth READ toMonth WRITE setToMonth NOTIFY datesChanged)
    Q_PROPERTY(bool toPresent READ toPresent WRITE setToPresent NOTIFY datesChanged)
    Q_PROPERTY(QString period READ period NOTIFY datesChanged)
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY textsChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY textsChanged)
    Q_PROPERTY(QString witness READ witness WRITE setWitness NOTIFY textsChanged)
    /** The rules' limits in characters (zkgrad::Resume), for the fields' counters. */
    Q_PROPERTY(int organisationLimit READ organisationLimit CONSTANT)
    Q_PROPERTY(int roleLimit READ roleLimit CONSTANT)
    Q_PROPERTY(int witnessLimit READ witnessLimit CONSTANT)

public:
    [[nodiscard]] static int organisationLimit() { return zkgrad::Resume::maxOrganisationChars; }
    [[nodiscard]] static int roleLimit() { return zkgrad::Resume::maxRoleChars; }
    [[nodiscard]] static int witnessLimit() { return zkgrad::Resume::maxWitnessChars; }
    explicit ResumeEntryItem(QObject *parent = nullptr);

    [[nodiscard]] int row() const { return m_row; }
    [[nodiscard]] int number() const { return m_row + 1; }
    [[nodiscard]] bool isFirst() const { return m_row == 0; }
    [[nodiscard]] bool isLast() const { return m_last; }
    [[nodiscard]] int fromYear() const { return m_fromYear; }
    [[nodiscard]] int fromMonth() const { return m_fromMonth; }
    [[nodiscard]] int toYear() const { return m_toYear; }
    [[nodiscard]] int toMonth() const { return m_toMonth; }
    [[nodiscard]] bool toPresent() const { return m_toPresent; }
    [[nodiscard]] QString organisation() const { return m_organisation; }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] QString witness() const { return m_witness; }
    /** "2005-09 – 2008-07" for the card's heading; "…" for a part not chosen yet. */
    [[nodiscard]] QString period() const;

    void setFromYear(int year);
    void setFromMonth(int month);
    void setToYear(int year);
    void setToMonth(int month);
    void setToPresent(bool present);
    void setOrganisation(const QString &text);
    void setRole(const QString &text);
    void setWitness(const QString &text);

    /** The entry as the core rules see it (a half-chosen date is invalid). */
    [[nodiscard]] zkgrad::ResumeEntry toEntry() const;
    void setEntry(const zkgrad::ResumeEntry &entry);
    /** True when anything was entered, so removing it deserves a confirmation. */
    [[nodiscard]] bool hasContent() const;

    /** The draft form: the API's shape plus the parts of half-chosen dates. */
    [[nodiscard]] QJsonObject toDraftJson() const;
    /** Reads the draft or API form; anything malformed is left empty, never fatal. */
    void fromDraftJson(const QJsonObject &json);

    void setPosition(int row, bool last);
    void retranslate() { Q_EMIT datesChanged(); }

Q_SIGNALS:
    void rowChanged();
    void datesChanged();
    void textsChanged();
    /** The candidate changed @p field ("from", "to", "organisation", "role" or "witness"). */
    void edited(const QString &field);

private:
    void setPart(int &member, int value, const QString &field);
    void setText(QString &member, const QString &value, const QString &field);

    int m_row = 0;
    bool m_last = true;
    int m_fromYear = 0;
    int m_fromMonth = 0;
    int m_toYear = 0;
    int m_toMonth = 0;
    bool m_toPresent = false;
    QString m_organisation;
    QString m_role;
    QString m_witness;
};

/** The resume's entries in their printed order, each as a ResumeEntryItem (role "entry"). */
class ResumeEntryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ResumeController")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** Roles: entry (the ResumeEntryItem, whose properties notify on their own). */
    enum Role { EntryRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit ResumeEntryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }
    /** The item at @p row, or nullptr when out of range. */
    Q_INVOKABLE ResumeEntryItem *item(int row) const;
    [[nodiscard]] QList<zkgrad::ResumeEntry> entries() const;

    /** Inserts an empty entry at @p row and returns it. */
    ResumeEntryItem *insert(int row);
    void remove(int row);
    /** Moves the entry at @p from to @p to; both must be valid rows. */
    void move(int from, int to);
    /** Replaces every entry (draft restore, adopting the server's copy). */
    void reset(const QList<QJsonObject> &drafts);
    void retranslate();

Q_SIGNALS:
    void countChanged();
    /** An entry's @p field changed at @p row (not emitted for inserts, removals and moves). */
    void entryEdited(int row, const QString &field);

private:
    ResumeEntryItem *createItem();
    void renumber();

    QList<ResumeEntryItem *> m_items;
};
