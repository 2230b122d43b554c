package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.community.category.boundary.Communities;
import org.returnport.community.category.entity.CommunityCategory;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;

/**
 * {@code /console/community.xhtml}: the sections of the store's forum, opened, named in English and
 * Chinese and put in order by the store's administrators and agents.
 */
@Named
@ViewScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class CommunityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Communities communities;

  @Inject transient Feedback feedback;

  private String nameEn;
  private String nameZh;
  private Long editing;
  private String editEn;
  private String editZh;
  private transient List<CommunityCategory> list;

  @PostConstruct
  void load() {
    list = communities.categories();
  }

  public void create() {
    try {
      communities.create(nameEn, nameZh);
      nameEn = null;
      nameZh = null;
      feedback.info("community.category.created");
      load();
    } catch (RejectedException e) {
      feedback.rejected(e, "create");
    }
  }

  public void edit(CommunityCategory category) {
    editing = category.getId();
    editEn = category.getNameEn();
    editZh = category.getNameZh();
  }

  public void rename() {
    try {
      communities.rename(editing, editEn, editZh);
      editing = null;
      feedback.info("community.category.renamed");
      load();
    } catch (RejectedException e) {
      feedback.rejected(e, "rename");
    } catch (NotFoundException e) {
      editing = null;
      load();
    }
  }

  public void cancel() {
    editing = null;
  }

  public void move(long id, int step) {
    try {
      list = communities.move(id, step);
    } catch (NotFoundException e) {
      load();
    }
  }

  public List<CommunityCategory> getCategories() {
    if (list == null) {
      load();
    }
    return list;
  }

  public int getNameMax() {
    return CommunityCategory.NAME_MAX;
  }

  public Long getEditing() {
    return editing;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getEditEn() {
    return editEn;
  }

  public void setEditEn(String editEn) {
    this.editEn = editEn;
  }

  public String getEditZh() {
    return editZh;
  }

  public void setEditZh(String editZh) {
    this.editZh = editZh;
  }
}
